//! carnet turns a *carnet de route* — a folder of experiences with photos, text,
//! skills and a visibility — into one static site per audience.
//!
//! The pipeline is the module layout: [`journal`] (load) → [`check`] → [`audience`]
//! (view per audience) → [`render`] → [`images`] → [`output`] (staging, then swap),
//! driven in stages by [`build`]; [`export`] zips what a build made, and [`author`]
//! writes new experiences. See `ARCHITECTURE.md`.

pub mod audience;
pub mod author;
pub mod build;
pub mod check;
pub mod credentials;
pub mod diagnostic;
pub mod error;
pub mod export;
pub mod i18n;
pub mod images;
pub mod journal;
pub mod output;
pub mod render;
pub mod seal;
pub mod secrets;
pub mod serve;
pub mod share;

pub use build::{build, Options, Summary};
pub use diagnostic::{Diagnostic, Severity};
pub use error::Error;
