//! carnet's integration tests, in one crate (one binary to compile and link): each
//! module runs the real `carnet` binary on journals written into temporary folders
//! and reads what it wrote. See `tests/README.md` for the harness and how to add a case.

mod common;

mod accessibility;

mod bad_input;
mod browser;
mod cli_add;
mod cli_build;
mod cli_check;
mod cli_conventions;
mod cli_export;
mod cli_help;
mod cli_init;
mod cli_messages;
mod cli_new;
mod cli_transcript;

mod codec;
mod contributions;
mod credentials;
mod docs;
mod filters;
mod heif;
mod hosting;
mod incremental;
mod kills;
mod leak_check;
mod leaks;
mod paths;
mod photos;
mod portraits;
mod professionals;
mod props;
mod regressions;
mod scale;
mod sealed;
mod serve;
mod share;
mod sites;
mod skills;
mod workshop;
mod xss;
