//! The CSS minifier of `build.rs`, in its own file so that host tests can include it too
//! (`tests/css_minify.rs`): a build script is not a crate that tests can link.

/// Drops comments, turns each run of whitespace into one space, and drops that space where
/// no token needs it: around `{`, `}`, `;`, `,` and `>`, and after `:` (never before it:
/// `.cw :focus-visible` is not `.cw:focus-visible`). Strings are copied as they are, and the
/// `;` before a `}` goes.
pub fn minify(css: &str) -> String {
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
