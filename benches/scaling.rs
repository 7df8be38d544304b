//! Scaling benchmark (issue 5). Times `analyze` on 100 KB and on 1 MB of every hostile shape the
//! robustness tests use, built from the dev articles, and prints the milliseconds, the throughput
//! and the 1 MB / 100 KB ratio, which is about 10 when the cost is linear. Not a test: the
//! tests only fail a blow-up past their deadline (60 s per megabyte, unoptimised). Run it with
//! `CARGO_PROFILE_BENCH_PANIC=unwind cargo bench --bench scaling`: the release profile's
//! `panic = "abort"`, which the bench profile inherits, cannot link a bench target.

#[path = "../tests/support/inputs.rs"]
#[allow(dead_code)] // shared with the tests, which also use what they assert on
mod inputs;

use std::hint::black_box;
use std::time::Instant;

const SMALL: usize = 100_000;
const LARGE: usize = 1_000_000;
/// Runs per measurement; the fastest is kept, as the least disturbed by other work on the machine.
const RUNS: usize = 5;

fn main() {
    println!(
        "{:<24} {:>11} {:>11} {:>9} {:>7}",
        "input", "100 KB (ms)", "1 MB (ms)", "1 MB MB/s", "ratio"
    );
    for (shape, build) in inputs::SHAPES {
        let small_ms = fastest_ms(&build(SMALL));
        let large_ms = fastest_ms(&build(LARGE));
        let megabytes_per_second = LARGE as f64 / 1e6 / (large_ms / 1e3);
        println!(
            "{shape:<24} {small_ms:>11.2} {large_ms:>11.2} {megabytes_per_second:>9.1} {:>7.1}",
            large_ms / small_ms
        );
    }
}

/// The fastest of [`RUNS`] analyses of `text`, after one to warm the caches.
fn fastest_ms(text: &str) -> f64 {
    black_box(whosaid::analyze(black_box(text)));
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(whosaid::analyze(black_box(text)));
            start.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}
