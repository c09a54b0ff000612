//! Joins the widget's stylesheets into `$OUT_DIR/widget.css` without comments or spare
//! whitespace: the CSS travels inside every copy of the wasm, and this takes a quarter off it.
//! `src/mount.rs` includes the result.
use std::{env, fs, path::Path};

const STYLESHEETS: [&str; 4] = [
    "styles/widget.css",
    "styles/checker.css",
    "styles/tips.css",
    "styles/diary.css",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut css = String::new();
    for sheet in STYLESHEETS {
        println!("cargo:rerun-if-changed={sheet}");
        let text = fs::read_to_string(sheet).unwrap_or_else(|e| panic!("reading {sheet}: {e}"));
        css.push_str(&minify(&text));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    fs::write(&out, css).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// Drops comments, turns each run of whitespace into one space, and drops that space where
/// no token needs it: around `{`, `}`, `;`, `,` and `>`, and after `:` (never before it:
/// `.cw :focus-visible` is not `.cw:focus-visible`). Strings are copied as they are, and the
/// `;` before a `}` goes.
fn minify(css: &str) -> String {
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for skipped in chars.by_ref() {
                if last == '*' && skipped == '/' {
                    break;
                }
                last = skipped;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let after_tight = out.ends_with(TIGHT) || out.ends_with(':') || out.is_empty();
        if space && !after_tight && !TIGHT.contains(&c) {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
        if c == '"' || c == '\'' {
            while let Some(s) = chars.next() {
                out.push(s);
                if s == '\\' {
                    out.extend(chars.next());
                } else if s == c {
                    break;
                }
            }
        }
    }
    out
}
