//! `whosaid analyze FILE`: the core, natively, for newsrooms and batch work.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: whosaid analyze FILE   (FILE may be - for standard input)";

/// Why the CLI could not produce an analysis; each variant becomes one line on stderr.
enum CliError {
    Usage,
    Read { path: String, cause: std::io::Error },
    NotUtf8 { path: String, byte: usize },
    Write(std::io::Error),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Usage => f.write_str(USAGE),
            CliError::Read { path, cause } => write!(f, "whosaid: cannot read {path}: {cause}"),
            CliError::NotUtf8 { path, byte } => {
                write!(f, "whosaid: {path} is not valid UTF-8 (at byte {byte})")
            }
            CliError::Write(cause) => write!(f, "whosaid: cannot write the analysis: {cause}"),
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args).and_then(|json| writeln!(std::io::stdout(), "{json}").map_err(CliError::Write))
    {
        Ok(()) => ExitCode::SUCCESS,
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

fn run(args: &[String]) -> Result<String, CliError> {
    let [command, path] = args else {
        return Err(CliError::Usage);
    };
    if command != "analyze" {
        return Err(CliError::Usage);
    }
    let text = read_text(path)?;
    let analysis = whosaid::analyze(&text);
    Ok(serde_json::to_string_pretty(&analysis).expect("an Analysis always serialises"))
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
