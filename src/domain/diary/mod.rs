//! The cramp diary: what one night's entry records (`entry`), what the diary says back
//! (`stats`, `alerts`, and the note scan in `notes`), the diary's reducer (`book`), and its
//! storage and file formats (`format`).
pub mod alerts;
pub mod book;
pub mod entry;
pub mod format;
pub mod notes;
pub mod stats;
