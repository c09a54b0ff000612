//! The fast reader of the stored value: the exact layout `encode_stored` writes, read byte by
//! byte straight into entries.
//!
//! Every page load that opens the diary reads this value, and serde_json's generic layers
//! were about three quarters of that time (profiled on the host). This reader accepts only a
//! strict subset of JSON. Whatever it is not sure of (another layout, an unknown or repeated
//! key, a surrogate escape, damage) makes it give up with `None`, and `read_any_layout` then
//! reads the text with serde_json and words the error. So it never has to explain a refusal,
//! and a property test checks that whatever it accepts, serde_json reads to the same entries.
use std::borrow::Cow;

use crate::domain::date::CalendarDate;
use crate::domain::diary::entry::{Choice, DiaryEntry};
use crate::domain::diary::format::{Code, Codes, CompactEntry, WireEntry, STORED_VERSION};

/// The entries of a stored v2 value, or `None` to leave the text to serde_json.
pub(super) fn read_stored(text: &str) -> Option<Vec<DiaryEntry>> {
    let mut json = Cursor { text, at: 0 };
    let mut version = None;
    let mut entries = None;
    json.object(|json, key| match key {
        b"v" => fill(&mut version, json.number()?),
        b"entries" => fill(&mut entries, json.list(read_entry)?),
        _ => None,
    })?;
    json.end()?;
    (version? == STORED_VERSION).then_some(entries?)
}

fn read_entry(json: &mut Cursor) -> Option<DiaryEntry> {
    let (mut id, mut night, mut muscle, mut side) = (None, None, None, None);
    let (mut minutes, mut pain, mut sleep) = (None, None, None);
    let (mut triggers, mut helped, mut note) = (None, None, None);
    json.object(|json, key| match key {
        b"i" => fill(&mut id, json.number()?),
        b"n" => fill(&mut night, CalendarDate::parse(&json.string()?).ok()?),
        b"m" => fill(&mut muscle, one_code(&json.string()?)?),
        b"s" => fill(&mut side, one_code(&json.string()?)?),
        b"d" => fill(&mut minutes, json.number()?),
        b"p" => fill(&mut pain, json.number()?),
        b"z" => fill(&mut sleep, json.number()?),
        b"t" => fill(&mut triggers, codes(&json.string()?)?),
        b"h" => fill(&mut helped, codes(&json.string()?)?),
        b"o" => fill(&mut note, json.string()?.into_owned()),
        _ => None,
    })?;
    let entry = CompactEntry {
        i: id?,
        n: night?,
        m: Code(muscle?),
        s: Code(side?),
        d: minutes.unwrap_or_default(),
        p: pain.unwrap_or_default(),
        z: sleep.unwrap_or_default(),
        t: Codes(triggers.unwrap_or_default()),
        h: Codes(helped.unwrap_or_default()),
        o: note.unwrap_or_default(),
    };
    Some(entry.into_entry())
}

/// Stores a member's value. A key seen twice gives up: JSON does not say which one counts, so
/// the text goes to serde_json's reader, which decides as it always has.
fn fill<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(value);
            Some(())
        }
    }
}

/// A choice from its one-letter code. Codes are ASCII letters, so a byte that is not one, or
/// any part of a longer character, matches no choice: the same verdict as serde's reader.
fn one_code<T: Choice>(text: &str) -> Option<T> {
    match text.as_bytes() {
        [code] => T::from_code(char::from(*code)),
        _ => None,
    }
}

/// Choices from their codes run together ("fx").
fn codes<T: Choice>(text: &str) -> Option<Vec<T>> {
    text.bytes()
        .map(|code| T::from_code(char::from(code)))
        .collect()
}

// Built with `opt-level = "z"`, where the compiler inlines little: the loops below index the
// bytes themselves, and the small helpers every byte passes through are marked for inlining.
// Without that, the calls cost more than the parsing and this was slower than serde_json.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    #[inline(always)]
    fn skip_whitespace(&mut self) {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() && matches!(bytes[self.at], b' ' | b'\t' | b'\n' | b'\r') {
            self.at += 1;
        }
    }

    /// Takes `byte` if it comes next, after any whitespace.
    #[inline(always)]
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let next = self.text.as_bytes().get(self.at) == Some(&byte);
        if next {
            self.at += 1;
        }
        next
    }

    #[inline(always)]
    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    fn end(&mut self) -> Option<()> {
        self.skip_whitespace();
        (self.at == self.text.len()).then_some(())
    }

    /// Calls `member` with each key; it reads the value that follows.
    fn object(&mut self, mut member: impl FnMut(&mut Self, &[u8]) -> Option<()>) -> Option<()> {
        self.expect(b'{')?;
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            let key = self.string()?;
            self.expect(b':')?;
            member(self, key.as_bytes())?;
            if !self.eat(b',') {
                return self.expect(b'}');
            }
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if !self.eat(b',') {
                self.expect(b']')?;
                return Some(items);
            }
        }
    }

    /// A whole number without sign, fraction or exponent that fits in a u64: what serde_json
    /// reads as a u64 without complaint.
    fn number(&mut self) -> Option<u64> {
        self.skip_whitespace();
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut number: u64 = 0;
        while self.at < bytes.len() && bytes[self.at].is_ascii_digit() {
            // Cannot overflow in the 19 digits that matter; a longer number is refused below.
            number = number
                .wrapping_mul(10)
                .wrapping_add(u64::from(bytes[self.at] - b'0'));
            self.at += 1;
        }
        match self.at - start {
            // JSON has no leading zeros.
            1 => Some(number),
            2..=19 if bytes[start] != b'0' => Some(number),
            // 20 digits may or may not fit in a u64; more never do.
            20 if bytes[start] != b'0' => self.text[start..self.at].parse().ok(),
            _ => None,
        }
    }

    /// A string, borrowed from the text unless it has escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.expect(b'"')?;
        let start = self.at;
        self.skip_plain();
        if self.text.as_bytes().get(self.at) == Some(&b'"') {
            self.at += 1;
            return Some(Cow::Borrowed(&self.text[start..self.at - 1]));
        }
        self.escaped_string(start).map(Cow::Owned)
    }

    /// Moves past characters that stand for themselves in a JSON string.
    #[inline(always)]
    fn skip_plain(&mut self) {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() && !matches!(bytes[self.at], 0..=0x1f | b'"' | b'\\') {
            self.at += 1;
        }
    }

    /// The rest of a string that has escapes, from its first character at `start`.
    fn escaped_string(&mut self, start: usize) -> Option<String> {
        let mut out = String::new();
        let mut run = start;
        loop {
            out.push_str(&self.text[run..self.at]);
            match *self.text.as_bytes().get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => out.push(self.escape()?),
                // A raw control character is not JSON.
                _ => return None,
            }
            run = self.at;
            self.skip_plain();
        }
    }

    /// The character a backslash escape stands for. A `\u` escape of half a surrogate pair
    /// is left to serde_json.
    fn escape(&mut self) -> Option<char> {
        let kind = *self.text.as_bytes().get(self.at + 1)?;
        self.at += 2;
        Some(match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = self.text.get(self.at..self.at + 4)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                self.at += 4;
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::domain::date::CalendarDate;
    use crate::domain::diary::entry::{Diary, DiaryEntry, EntryId, Muscle, Relief, Side, Trigger};
    use crate::domain::diary::format::stored_reader::read_stored;
    use crate::domain::diary::format::{encode_stored, read_any_layout};

    fn subset<T: Copy + std::fmt::Debug + 'static>(
        all: &'static [T],
    ) -> impl Strategy<Value = Vec<T>> {
        prop::sample::subsequence(all, 0..=all.len()).prop_shuffle()
    }

    fn entry(id: u64) -> impl Strategy<Value = DiaryEntry> {
        (
            (0..110_000i32, 0..3usize, 0..3usize),
            (any::<u16>(), any::<u8>(), any::<u8>()),
            (subset(Trigger::ALL), subset(Relief::ALL), any::<String>()),
        )
            .prop_map(move |((day, m, s), (d, p, z), (triggers, helped, note))| {
                let first = CalendarDate::from_ymd(1900, 1, 1).expect("in range");
                DiaryEntry {
                    duration_min: d,
                    pain: p,
                    sleep_disturbance: z,
                    triggers,
                    helped,
                    note,
                    ..DiaryEntry::new(
                        EntryId(id),
                        first.add_days(day).unwrap_or(first),
                        Muscle::ALL[m],
                        Side::ALL[s],
                    )
                }
            })
    }

    fn diary() -> impl Strategy<Value = Diary> {
        (any::<u64>(), 0..6usize).prop_flat_map(|(first_id, len)| {
            (0..len as u64)
                .map(|n| entry(first_id.wrapping_add(n)))
                .collect::<Vec<_>>()
                .prop_map(|entries| Diary::from_entries(entries).expect("distinct ids"))
        })
    }

    /// Small edits to a stored value: the kinds of damage, and of JSON the encoder never
    /// writes, that the fast reader must either read exactly as serde_json does or leave alone.
    /// Most edits start where a key or value does, where they make JSON that still parses.
    fn edited(text: String) -> impl Strategy<Value = String> {
        let starts: Vec<usize> = (0..=text.len())
            .filter(|&at| at == 0 || b":,[{".contains(&text.as_bytes()[at - 1]))
            .collect();
        let at = prop_oneof![
            3 => prop::sample::select(starts),
            1 => 0..=text.len(),
        ];
        let piece = prop::sample::select(vec![
            "",
            " ",
            "\n",
            ",",
            ":",
            "{",
            "}",
            "[",
            "]",
            "\"",
            "\\",
            "\\\"",
            "\\u0041",
            "\\ud83d",
            "\\u00e9",
            "\\n",
            "\\/",
            "\\b\\f\\r\\t",
            "\\x",
            "0",
            "01",
            "-1",
            "1.5",
            "1e3",
            "18446744073709551616",
            "null",
            "\"i\":1,",
            "\"v\":2,",
            "\"o\":\"a\",",
            "\"q\":0,",
            "\"\\u0069\":1,",
            "\u{1}",
            "é",
        ]);
        (at, 0..4usize, piece).prop_map(move |(from, cut, piece)| {
            let mut from = from;
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (from + cut).min(text.len());
            while !text.is_char_boundary(to) {
                to -= 1;
            }
            format!("{}{}{}", &text[..from], piece, &text[to..])
        })
    }

    proptest! {
        #[test]
        fn reads_every_stored_diary(diary in diary()) {
            let text = encode_stored(&diary);
            prop_assert_eq!(read_stored(&text), Some(diary.entries().to_vec()));
        }

        #[test]
        fn whatever_it_reads_serde_json_reads_the_same(
            text in diary().prop_map(|diary| encode_stored(&diary)).prop_flat_map(edited)
        ) {
            if let Some(entries) = read_stored(&text) {
                prop_assert_eq!(read_any_layout(&text).ok(), Some(entries), "{}", text);
            }
        }
    }

    #[test]
    fn leaves_other_layouts_and_json_it_does_not_write_to_serde_json() {
        let entry = r#"{"i":1,"n":"2025-01-01","m":"c","s":"l"}"#;
        for text in [
            format!(r#"{{"v":1,"entries":[{entry}]}}"#),
            format!(r#"{{"v":3,"entries":[{entry}]}}"#),
            format!(r#"{{"v":2,"v":2,"entries":[{entry}]}}"#),
            format!(r#"{{"v":2,"entries":[{entry}],"x":0}}"#),
            format!(r#"{{"v":2,"entries":[{entry},]}}"#),
            format!(r#"{{"v":2,"entries":[{entry}]}} x"#),
            r#"{"v":2,"entries":[{"i":1,"n":"2025-01-01","m":"c"}]}"#.to_owned(),
            r#"{"v":2,"entries":[{"i":1,"n":"2025-01-01","m":"c","s":"l","o":"\ud83d\ude00"}]}"#
                .to_owned(),
            r#"{"v":2,"entries":[{"i":01,"n":"2025-01-01","m":"c","s":"l"}]}"#.to_owned(),
            r#"{"v":2,"entries":[{"i":18446744073709551616,"n":"2025-01-01","m":"c","s":"l"}]}"#
                .to_owned(),
            r#"{"v":2,"entries":[{"i":1,"n":"2025-02-30","m":"c","s":"l"}]}"#.to_owned(),
            r#"{"v":2,"entries":[{"i":1,"n":"2025-01-01","m":"cc","s":"l"}]}"#.to_owned(),
        ] {
            assert_eq!(read_stored(&text), None, "{text}");
        }
    }

    #[test]
    fn reads_choice_codes_as_serde_does() {
        let one = ["c", "t", "", "cc", "C", "é", "\\u0063", "\\u00e9"];
        let many = ["", "fx", "ff", "xf", "é", "f\\u0000", "\\u0066"];
        for (m, t) in one.iter().flat_map(|m| many.iter().map(move |t| (m, t))) {
            let text = format!(
                r#"{{"v":2,"entries":[{{"i":1,"n":"2025-01-01","m":"{m}","s":"l","t":"{t}"}}]}}"#
            );
            assert_eq!(read_stored(&text), read_any_layout(&text).ok(), "{text}");
        }
    }

    #[test]
    fn reads_whitespace_and_escapes_as_json_does() {
        let largest =
            r#"{"v":2,"entries":[{"i":18446744073709551615,"n":"2025-01-01","m":"c","s":"l"}]}"#;
        let entries = read_stored(largest).expect("read by the fast reader");
        assert_eq!(entries[0].id, EntryId(u64::MAX));
        assert_eq!(read_any_layout(largest).ok(), Some(entries));
        let text = concat!(
            " {\"v\" : 2,\n\"entries\":[ {",
            r#""o":"a\"b\u00e9\n\/\\\b\f\r\t", "\u0069":7,"#,
            r#""n":"2025-01-01","m":"c","s":"l","t":"fx"} ] } "#,
        );
        let entries = read_stored(text).expect("read by the fast reader");
        assert_eq!(entries[0].id, EntryId(7));
        assert_eq!(entries[0].note, "a\"bé\n/\\\u{8}\u{c}\r\t");
        assert_eq!(read_any_layout(text).ok(), Some(entries));
    }
}
