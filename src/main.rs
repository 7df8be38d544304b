//! `whosaid analyze FILE`: the core, natively, for newsrooms and batch work. `whosaid check FILE
//! ANALYSIS.json` places an edited analysis on the article as a page would, and says what is lost.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: whosaid analyze FILE | whosaid check FILE ANALYSIS.json   (FILE may be - for standard input)";

/// Why the CLI could not produce an analysis; each variant becomes one line on stderr.
enum CliError {
    Usage,
    Read {
        path: String,
        cause: std::io::Error,
    },
    NotUtf8 {
        path: String,
        byte: usize,
    },
    Analysis {
        path: String,
        cause: whosaid::AnalysisError,
    },
    Write(std::io::Error),
}

/// What a command prints: JSON on stdout and, when `check` dropped entries, one line on stderr.
struct Report {
    json: String,
    lost: Option<String>,
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Usage => f.write_str(USAGE),
            CliError::Read { path, cause } => write!(f, "whosaid: cannot read {path}: {cause}"),
            CliError::NotUtf8 { path, byte } => {
                write!(f, "whosaid: {path} is not valid UTF-8 (at byte {byte})")
            }
            CliError::Analysis { path, cause } => write!(f, "whosaid: {path}: {cause}"),
            CliError::Write(cause) => write!(f, "whosaid: cannot write the analysis: {cause}"),
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let printed = run(&args).and_then(|report| {
        writeln!(std::io::stdout(), "{}", report.json).map_err(CliError::Write)?;
        Ok(report.lost)
    });
    match printed {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(lost)) => {
            eprintln!("{lost}");
            ExitCode::FAILURE
        }
        Err(CliError::Usage) => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<Report, CliError> {
    match args {
        [command, path] if command == "analyze" => {
            let analysis = whosaid::analyze(&read_text(path)?);
            Ok(Report {
                json: to_json(&analysis),
                lost: None,
            })
        }
        [command, path, analysis_path] if command == "check" => check(
            &read_text(path)?,
            &read_text(analysis_path)?,
            path,
            analysis_path,
        ),
        _ => Err(CliError::Usage),
    }
}

/// Places the edited analysis on the article, as the page would, and counts what was dropped.
fn check(text: &str, json: &str, path: &str, analysis_path: &str) -> Result<Report, CliError> {
    let analysis = whosaid::parse_analysis(json).map_err(|cause| CliError::Analysis {
        path: analysis_path.to_owned(),
        cause,
    })?;
    let placed = whosaid::place_edited(text, &analysis);
    let lost = (!placed.mismatches.is_empty()).then(|| {
        format!(
            "whosaid: {} entries of {analysis_path} are not in {path} (see \"mismatches\")",
            placed.mismatches.len()
        )
    });
    Ok(Report {
        json: to_json(&placed),
        lost,
    })
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("an Analysis always serialises")
}

fn read_text(path: &str) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|cause| CliError::Read {
        path: path.to_owned(),
        cause,
    })?;
    String::from_utf8(bytes).map_err(|e| CliError::NotUtf8 {
        path: path.to_owned(),
        byte: e.utf8_error().valid_up_to(),
    })
}
