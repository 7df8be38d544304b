//! The CLI on broken input (issue 5): every failure is one line on stderr and a non-zero exit
//! code, never a panic or a backtrace. Runs the real binary that cargo built for the tests.
#![cfg(not(target_arch = "wasm32"))] // native only: threads, files and processes

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const USAGE_EXIT: i32 = 2;

fn whosaid() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    // A panic would then print its backtrace, which the checks below would see.
    command.env("RUST_BACKTRACE", "1");
    command
}

fn run(args: &[&str]) -> Output {
    whosaid()
        .args(args)
        .output()
        .expect("the whosaid binary runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = whosaid()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary runs");
    child
        .stdin
        .take()
        .expect("a stdin pipe")
        .write_all(input)
        .expect("stdin accepts the input");
    child.wait_with_output().expect("whosaid finishes")
}

/// A fresh file under cargo's scratch directory for this test target.
fn scratch_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    fs::write(&path, contents).expect("the scratch directory is writable");
    path
}

/// Asserts the failure contract and returns the one line the CLI printed.
fn assert_one_line_failure(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "exit code 0 on failure; stderr: {stderr}"
    );
    assert_ne!(
        output.status.code(),
        Some(101),
        "101 is the exit code of a panic; stderr: {stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "stdout on failure: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    for sign_of_a_crash in ["panicked", "backtrace", "RUST_BACKTRACE"] {
        assert!(
            !stderr.contains(sign_of_a_crash),
            "stderr shows a crash: {stderr}"
        );
    }
    let line = stderr.strip_suffix('\n').unwrap_or(&stderr);
    assert!(
        !line.is_empty() && !line.contains('\n'),
        "stderr is not one line: {stderr:?}"
    );
    line.to_owned()
}

fn assert_analysis_printed(output: &Output) -> serde_json::Value {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "failed: {stderr}");
    assert!(stderr.is_empty(), "stderr on success: {stderr}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["format"], 1, "not an Analysis: {json}");
    assert!(json["people"].is_array(), "not an Analysis: {json}");
    json
}

#[test]
fn invalid_utf8_is_one_line_naming_the_file_and_byte() {
    let path = scratch_file("latin1.txt", b"Jos\xe9 Garc\xeda said hello.");
    let line = assert_one_line_failure(&run(&["analyze", path.to_str().unwrap()]));
    assert!(
        line.contains("latin1.txt") && line.contains("UTF-8"),
        "unhelpful error: {line}"
    );
    assert!(
        line.contains('3'),
        "the error should give the first bad byte (3): {line}"
    );
}

#[test]
fn invalid_utf8_on_stdin_is_one_line() {
    let line = assert_one_line_failure(&run_with_stdin(
        &["analyze", "-"],
        b"ok \xff\xfe\x00 broken",
    ));
    assert!(line.contains("UTF-8"), "unhelpful error: {line}");
}

#[test]
fn a_missing_file_is_one_line_naming_it() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-no-such-article.txt");
    let _ = fs::remove_file(&path);
    let line = assert_one_line_failure(&run(&["analyze", path.to_str().unwrap()]));
    assert!(
        line.contains("cli-no-such-article.txt"),
        "the error should name the file: {line}"
    );
}

/// A directory cannot be read as a file, even by root (CI runs as root, where chmod 000 is no bar).
#[test]
fn an_unreadable_path_is_one_line() {
    let directory = env!("CARGO_TARGET_TMPDIR");
    let line = assert_one_line_failure(&run(&["analyze", directory]));
    assert!(
        line.contains(directory),
        "the error should name the path: {line}"
    );
}

/// Without read permission the CLI fails in one line; as root, where permissions do not bind,
/// it must read the file like any other.
#[cfg(unix)]
#[test]
fn a_file_without_read_permission_fails_in_one_line_unless_it_can_be_read() {
    use std::os::unix::fs::PermissionsExt;
    let path = scratch_file(
        "no-permission.txt",
        b"Maria Lopez said the vote would go ahead.",
    );
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod 000");
    let readable_anyway = fs::File::open(&path).is_ok();
    let output = run(&["analyze", path.to_str().unwrap()]);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod back");
    if readable_anyway {
        assert_analysis_printed(&output);
    } else {
        let line = assert_one_line_failure(&output);
        assert!(
            line.contains("no-permission.txt"),
            "the error should name the file: {line}"
        );
    }
}

#[test]
fn bad_usage_is_the_one_line_usage_and_exit_code_2() {
    let file = scratch_file("usage.txt", b"text");
    let file = file.to_str().unwrap();
    for args in [
        &[][..],
        &["analyze"],
        &[file],
        &["analyse", file],
        &["analyze", file, "extra"],
        &["--help"],
    ] {
        let output = run(args);
        let line = assert_one_line_failure(&output);
        assert!(
            line.starts_with("usage: whosaid analyze"),
            "not the usage for {args:?}: {line}"
        );
        assert_eq!(
            output.status.code(),
            Some(USAGE_EXIT),
            "exit code for {args:?}"
        );
    }
}

#[test]
fn stdin_is_read_when_the_file_is_a_dash() {
    let json = assert_analysis_printed(&run_with_stdin(
        &["analyze", "-"],
        "Maria Lopez said the vote would go ahead.".as_bytes(),
    ));
    assert!(json["people"].as_array().is_some(), "{json}");
}

#[test]
fn hostile_but_valid_text_is_analysed() {
    let text = "\u{FEFF}He said: “this never closes.\r\n\r\n\0Later, Maria Lopez 👩🏽‍⚖️ said the vote would go ahead.\r\n";
    let path = scratch_file("hostile.txt", text.as_bytes());
    assert_analysis_printed(&run(&["analyze", path.to_str().unwrap()]));
    assert_analysis_printed(&run(&[
        "analyze",
        scratch_file("empty.txt", b"").to_str().unwrap(),
    ]));
}

/// `whosaid analyze FILE | head -c 0` closes the pipe before the output is written; the CLI
/// must then stop quietly instead of panicking on the failed write.
#[test]
fn a_closed_stdout_is_not_a_panic() {
    let mut child = whosaid()
        .args(["analyze", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary runs");
    drop(child.stdout.take());
    child
        .stdin
        .take()
        .expect("a stdin pipe")
        .write_all(b"Maria Lopez said the vote would go ahead.")
        .expect("stdin accepts the input");
    let output = child.wait_with_output().expect("whosaid finishes");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked"),
        "a closed pipe made the CLI panic: {stderr}"
    );
    assert_ne!(
        output.status.code(),
        Some(101),
        "a closed pipe made the CLI panic: {stderr}"
    );
    assert!(
        stderr.lines().count() <= 1,
        "more than one line on stderr: {stderr}"
    );
}

const CHECKED_ARTICLE: &str = "Kremlin spokesman Dmitry Peskov said the talks would go on.\n\n\
    \u{201c}There is a process under way,\u{201d} Peskov told reporters.";

/// The CLI's own analysis of `CHECKED_ARTICLE`, as a newsroom would start editing it.
fn analysis_to_edit() -> serde_json::Value {
    assert_analysis_printed(&run_with_stdin(
        &["analyze", "-"],
        CHECKED_ARTICLE.as_bytes(),
    ))
}

/// Runs `whosaid check` on the article and the edited analysis, in files named after `name`: the
/// tests run in parallel, so no two share a file.
fn check(name: &str, analysis: &serde_json::Value) -> Output {
    let article = scratch_file(&format!("{name}.article.txt"), CHECKED_ARTICLE.as_bytes());
    let edited = scratch_file(name, analysis.to_string().as_bytes());
    run(&["check", article.to_str().unwrap(), edited.to_str().unwrap()])
}

#[test]
fn check_prints_the_edited_analysis_placed_on_the_article() {
    let mut analysis = analysis_to_edit();
    analysis["people"][0]["role"] = "Spokesman for the Kremlin".into();
    let output = check("edited.json", &analysis);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(
        json["analysis"]["people"][0]["role"],
        "Spokesman for the Kremlin"
    );
    assert_eq!(json["mismatches"], serde_json::json!([]));
}

#[test]
fn check_reports_an_entry_that_is_not_in_the_article_and_fails() {
    let mut analysis = analysis_to_edit();
    analysis["people"][0]["quotes"][0]["text"] = "Talks are over".into();
    let output = check("lost.json", &analysis);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("1 entries of") && stderr.trim().lines().count() == 1,
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(
        json["mismatches"],
        serde_json::json!([{ "person": "dmitry-peskov", "kind": "indirect",
            "text": "Talks are over", "why": "not-in-text" }])
    );
}

#[test]
fn check_with_an_invalid_analysis_is_one_line_naming_it() {
    let mut analysis = analysis_to_edit();
    analysis["format"] = 2.into();
    let line = assert_one_line_failure(&check("format2.json", &analysis));
    assert!(
        line.contains("format2.json") && line.contains("format 2"),
        "{line}"
    );
}
