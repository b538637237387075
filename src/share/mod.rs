//! A learner's carnet is hers: her journal lives in her own folder, and she sends
//! her programme only what it may see, as one file (`ines-2026-12-06.carnet`).
//!
//! - [`package`]: the file's format (age encryption, a deterministic zip, a signed
//!   manifest), how it is made and how a programme opens and checks it.
//!
//! This module never decides what leaves: what a contribution holds is the view of
//! the learner's journal for the audience « my programme »
//! (`Audience::Programme`), made by [`crate::audience::view`]
//! like every site's. It implements no cryptography: age, minisign and BLAKE3 come
//! from their crates.

pub mod package;

pub use package::{Manifest, Opened, PackedFile, Refusal, Signer};
