//! The build script's CSS minifier: what it drops, what it keeps, and the spaces that change
//! meaning if they go.
#[path = "../../build/minify_css.rs"]
mod minify_css;

use minify_css::minify;

#[test]
fn comments_and_spare_whitespace_go() {
    assert_eq!(
        minify("/* a comment */\n.cw  .a {\n  color : red ;\n  margin: 0 auto;\n}\n"),
        ".cw .a{color :red;margin:0 auto}"
    );
    assert_eq!(minify("a { b: c }\n\n/* end */"), "a{b:c}");
    assert_eq!(minify(""), "");
}

#[test]
fn the_space_before_a_colon_is_kept_because_it_is_a_descendant_selector() {
    assert_eq!(
        minify(".cw :focus-visible { x: y }"),
        ".cw :focus-visible{x:y}"
    );
    assert_eq!(minify("a:hover > b , c { x: y }"), "a:hover>b,c{x:y}");
}

#[test]
fn strings_are_copied_as_they_are() {
    assert_eq!(
        minify(r#"a::before { content: "  /* not a comment */ ; } "; }"#),
        r#"a::before{content:"  /* not a comment */ ; } "}"#
    );
    assert_eq!(
        minify(r"a { content: 'it\'s  here' }"),
        r"a{content:'it\'s  here'}"
    );
}

#[test]
fn the_semicolon_before_a_closing_brace_goes_but_others_stay() {
    assert_eq!(minify("a{b:c;d:e;}"), "a{b:c;d:e}");
    assert_eq!(
        minify("@media (max-width: 20em) { a { b: c; } }"),
        "@media (max-width:20em){a{b:c}}"
    );
}

#[test]
fn the_widget_stylesheets_shrink_and_keep_every_rule() {
    for sheet in ["widget", "checker", "tips", "diary"] {
        let path = format!("{}/styles/{sheet}.css", env!("CARGO_MANIFEST_DIR"));
        let css = std::fs::read_to_string(&path).unwrap();
        let small = minify(&css);
        assert!(small.len() < css.len() * 9 / 10, "{sheet} shrinks");
        assert_eq!(
            small.matches('{').count(),
            small.matches('}').count(),
            "{sheet} braces balance"
        );
        assert!(!small.contains("/*"), "{sheet} has no comment left");
    }
}
