//! Helpers shared by the integration tests (and, by path, the benchmark and the fuzz target).

pub mod inputs;
pub mod well_formed;
