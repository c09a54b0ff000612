//! Joins the widget's stylesheets into `$OUT_DIR/widget.css` without comments or spare
//! whitespace: the CSS travels inside every copy of the wasm, and this takes a quarter off it.
//! `src/mount.rs` includes the result.
use std::{env, fs, path::Path};

#[path = "build/minify_css.rs"]
mod minify_css;

use minify_css::minify;

const STYLESHEETS: [&str; 6] = [
    "styles/widget.css",
    "styles/checker.css",
    "styles/tips.css",
    "styles/diary.css",
    "styles/cramp-now.css",
    "styles/lock.css",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/minify_css.rs");
    let mut css = String::new();
    for sheet in STYLESHEETS {
        println!("cargo:rerun-if-changed={sheet}");
        let text = fs::read_to_string(sheet).unwrap_or_else(|e| panic!("reading {sheet}: {e}"));
        css.push_str(&minify(&text));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    fs::write(&out, css).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}
