//! carnet's integration tests, in one crate (one binary to compile and link): each
//! module runs the real `carnet` binary on journals written into temporary folders
//! and reads what it wrote. See `tests/README.md` for the harness and how to add a case.

mod common;

mod bad_input;
mod browser;
mod leaks;
mod photos;
mod portraits;
mod regressions;
mod serve;
mod sites;
