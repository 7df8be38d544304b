//! Fuzzes `whosaid::analyze` with any bytes (invalid UTF-8 replaced, as a browser decodes a page):
//! it must never panic, its result must keep the contract the robustness tests check, and a
//! second run must give the same result.
//!
//! From the crate root, with the nightly toolchain and `cargo install cargo-fuzz`, seeded with the
//! dev articles:
//! `mkdir -p fuzz/corpus/analyze && cp ../shared/articles/*.txt ../shared/articles/gum/*.txt fuzz/corpus/analyze/`
//! `cargo +nightly fuzz run analyze fuzz/corpus/analyze -- -dict=fuzz/whosaid.dict -max_len=16384`
//! A crash is saved in `fuzz/artifacts/analyze/`; each becomes a test in `tests/robustness.rs`.
#![no_main]

#[path = "../../tests/support/well_formed.rs"]
mod well_formed;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let analysis = whosaid::analyze(&text);
    if let Err(broken) = well_formed::check_well_formed(&text, &analysis) {
        panic!("ill-formed analysis: {broken}");
    }
    assert_eq!(whosaid::analyze(&text), analysis, "two runs on the same text differ");
});
