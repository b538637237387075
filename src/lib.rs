//! carnet turns a *carnet de route* — a folder of experiences with photos, text,
//! skills and a visibility — into one static site per audience.
//!
//! The pipeline is the module layout: [`journal`] (load) → [`check`] → [`audience`]
//! (view per audience) → [`render`] → [`images`] → [`output`] (staging, then swap),
//! driven by [`build`].

pub mod audience;
pub mod build;
pub mod check;
pub mod error;
pub mod images;
pub mod journal;
pub mod output;
pub mod render;

pub use build::{build, Options, Summary};
pub use error::{Diagnostic, Error};
