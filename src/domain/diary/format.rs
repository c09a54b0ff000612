//! How the diary is written down: the compact value kept in browser storage (schema v2, with
//! migration from v1), the readable JSON and CSV exports, and the import of an export file.
//!
//! Everything read here comes from outside (storage another script may touch, files the
//! patient picks), so every reader returns an error rather than panicking, and every error
//! prints as one line.
//!
//! Formats:
//! - Stored v2 (current): `{"v":2,"entries":[{"i":17356896000001,"n":"2025-01-01","m":"c",
//!   "s":"l","d":3,"p":5,"z":4,"t":"fx","h":"s","o":"note"}]}`. Keys: `i` id, `n` night,
//!   `m` muscle, `s` side, `d` minutes, `p` pain, `z` sleep disturbance, `t` triggers, `h` what
//!   helped, `o` note. Choices are the one-letter codes of `diary::Choice`, lists run together
//!   ("fx"). `d`, `p`, `z`, `t`, `h` and `o` are left out when zero or empty.
//! - Stored v1 (first release, read-only here): `{"version":1,"entries":[{"id":1,"date":
//!   "2025-01-02","muscle":"calf","side":"left","minutes":3,"pain":5,"triggers":["low_fluids"],
//!   "helped":["stretching"],"note":""}]}` with readable ids and no sleep disturbance, which
//!   migrates as 0.
//! - Export: `{"format":"cramp-widget-diary","version":2,"exported":"2025-03-01","entries":
//!   [{"id":..,"night":..,"muscle":"calf","side":"left","duration_min":..,"pain":..,
//!   "sleep_disturbance":..,"triggers":[..],"helped":[..],"note":".."}]}`, pretty-printed.
//!
//! A schema change bumps the version; entries reject unknown keys so that an edit from a newer
//! build without a bump shows up as damage instead of being silently dropped on the next save.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::domain::date::CalendarDate;
use crate::domain::diary::entry::{
    Choice, Diary, DiaryEntry, DiaryError, EntryError, EntryId, Muscle, Relief, Side, Trigger,
};
use crate::domain::small_collections::SortedSet;

mod stored_reader;

/// The schema version `encode_stored` writes.
pub const STORED_VERSION: u64 = 2;
/// Columns of the CSV export: id, night, muscle, side, minutes, pain, sleep, triggers, helped,
/// note.
pub const CSV_COLUMNS: usize = 10;

/// The `"format"` marker of an export file.
pub const EXPORT_FORMAT: &str = "cramp-widget-diary";
/// The export layout version (matches the stored schema it was introduced with).
pub const EXPORT_VERSION: u64 = 2;
/// Largest file `plan_import` will parse: twice a ten-year diary full of 500-character notes
/// fits, and anything bigger is not an export.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// Error details quote parser messages, which may echo input; keep them short.
const MAX_DETAIL_CHARS: usize = 160;

/// Why a stored value could not become a diary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or our envelope with a broken shape or an invalid entry. The detail is for
    /// support, not for decisions.
    Corrupt(String),
    /// Valid JSON that is not a diary envelope: something else wrote under our key.
    Foreign,
    /// A newer build wrote this; it must not be overwritten by this one.
    FutureVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Corrupt(detail) => write!(
                f,
                "The saved diary is damaged and can't be read. Details: {detail}"
            ),
            DecodeError::Foreign => f.write_str(
                "Something other than a cramp diary is saved where the diary should be.",
            ),
            DecodeError::FutureVersion(version) => write!(
                f,
                "The saved diary comes from a newer version of this widget (format {version}); \
                 reload the page to see it."
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Why an import file was refused. Nothing is merged when any of these occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotADiary,
    FutureVersion(u32),
    /// Not JSON, truncated, or the right kind of file with a broken layout.
    Damaged(String),
    /// Entry `number` (counting from 1 in the file) has a missing, unknown or mistyped field.
    UnreadableEntry {
        number: usize,
        detail: String,
    },
    /// Entry `number` was read but breaks a diary rule.
    InvalidEntry {
        number: usize,
        problem: EntryError,
    },
}

/// For developers and logs; the patient reads `Texts::import_error`.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(f, "import of {bytes} bytes is too large"),
            ImportError::NotADiary => f.write_str("not a cramp diary export"),
            ImportError::FutureVersion(version) => write!(f, "export format {version} is newer"),
            ImportError::Damaged(detail) => write!(f, "damaged export: {detail}"),
            ImportError::UnreadableEntry { number, detail } => {
                write!(f, "entry {number} unreadable: {detail}")
            }
            ImportError::InvalidEntry { number, problem } => {
                write!(f, "entry {number} invalid: {problem}")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Stored values and import files share one reader. It reports in `ImportError`, the richer
/// of the two vocabularies, and `decode_stored` folds that into `DecodeError`.
impl From<ImportError> for DecodeError {
    fn from(error: ImportError) -> DecodeError {
        match error {
            ImportError::NotADiary => DecodeError::Foreign,
            ImportError::FutureVersion(version) => DecodeError::FutureVersion(version),
            ImportError::TooLarge { bytes } => {
                DecodeError::Corrupt(format!("{bytes} bytes is more than a diary can hold"))
            }
            ImportError::Damaged(detail) => DecodeError::Corrupt(detail),
            ImportError::UnreadableEntry { number, detail } => {
                DecodeError::Corrupt(format!("entry {number}: {detail}"))
            }
            ImportError::InvalidEntry { number, problem } => {
                DecodeError::Corrupt(format!("entry {number}: {problem}"))
            }
        }
    }
}

/// What an import would do, shown to the patient before anything changes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPlan {
    pub new_entries: Vec<DiaryEntry>,
    /// Entries already in the diary (same id, or same night, muscle, side, duration and pain)
    /// or repeated within the file.
    pub duplicates_skipped: usize,
}

/// The value written to browser storage.
pub fn encode_stored(diary: &Diary) -> String {
    let envelope = StoredEnvelope {
        v: STORED_VERSION,
        entries: diary.entries().iter().map(CompactEntry::from).collect(),
    };
    to_json(&envelope, false)
}

/// Reads a stored value of any known schema version. Entries are checked with
/// `DiaryEntry::validate_fields`: one invalid entry makes the whole value `Corrupt`, and the
/// caller keeps the raw text as a backup instead of guessing which parts to trust.
pub fn decode_stored(raw: &str) -> Result<Diary, DecodeError> {
    let entries = read_entries(raw, DiaryEntry::validate_fields)?;
    Diary::from_entries(entries).map_err(|error| match error {
        DiaryError::DuplicateId(id) => {
            DecodeError::Corrupt(format!("two entries share the id {id}"))
        }
        other => DecodeError::Corrupt(other.to_string()),
    })
}

/// A readable JSON file of the whole diary; `exported` is today's date from the caller.
pub fn export_json(diary: &Diary, exported: CalendarDate) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported,
        entries: diary.entries().iter().map(ExportEntry::from).collect(),
    };
    to_json(&file, true)
}

/// The diary as CSV (RFC 4180, CRLF line ends) for spreadsheets and the doctor. Lists are
/// joined with `;`. No byte-order mark: the download code may prepend one for Excel.
/// The CSV's column names come from the reader's language (`Texts::csv_header`); its values are
/// the stable ids (`calf`, `left`, `low_fluids`), the same in every language, so a spreadsheet
/// made from one export works with the next.
pub fn export_csv(diary: &Diary, header: [&str; CSV_COLUMNS]) -> String {
    let mut out = String::with_capacity(64 * (diary.len() + 1));
    write_csv_row(&mut out, header);
    for entry in diary.entries() {
        write_csv_row(
            &mut out,
            [
                entry.id.to_string(),
                entry.night.to_string(),
                entry.muscle.as_str().to_owned(),
                entry.side.as_str().to_owned(),
                entry.duration_min.to_string(),
                entry.pain.to_string(),
                entry.sleep_disturbance.to_string(),
                join_ids(&entry.triggers),
                join_ids(&entry.helped),
                entry.note.clone(),
            ],
        );
    }
    out
}

/// Reads and checks an export file (or a stored v1/v2 value pasted into a file) and works out
/// which entries are new. Any problem rejects the whole file, so an import never half-happens.
pub fn plan_import(
    existing: &Diary,
    file_text: &str,
    today: CalendarDate,
) -> Result<ImportPlan, ImportError> {
    if file_text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: file_text.len(),
        });
    }
    let entries = read_entries(file_text, |entry| entry.validate(today))?;

    let mut ids: SortedSet<EntryId> = existing.entries().iter().map(|entry| entry.id).collect();
    let mut contents: SortedSet<ContentKey> = existing.entries().iter().map(content_key).collect();
    let mut plan = ImportPlan::default();
    for entry in entries {
        let is_new = !ids.contains(&entry.id) && !contents.contains(&content_key(&entry));
        if is_new {
            ids.insert(entry.id);
            contents.insert(content_key(&entry));
            plan.new_entries.push(entry);
        } else {
            plan.duplicates_skipped += 1;
        }
    }
    Ok(plan)
}

/// Merges a plan the patient accepted. Ids are checked again because the diary may have
/// changed since planning (another tab, another instance); such late clashes are dropped.
pub fn apply_import(existing: &Diary, plan: ImportPlan) -> Diary {
    let mut merged = existing.clone();
    merged.merge_new(plan.new_entries);
    merged
}

/// The facts that make two entries "the same cramp" even when their ids differ, as happens
/// when a patient re-types an entry on another device.
type ContentKey = (CalendarDate, Muscle, Side, u16, u8);

fn content_key(entry: &DiaryEntry) -> ContentKey {
    (
        entry.night,
        entry.muscle,
        entry.side,
        entry.duration_min,
        entry.pain,
    )
}

fn join_ids<T: Choice>(choices: &[T]) -> String {
    choices
        .iter()
        .map(|choice| choice.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

fn write_csv_row<S: AsRef<str>>(out: &mut String, cells: impl IntoIterator<Item = S>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_csv_cell(out, cell.as_ref());
    }
    out.push_str("\r\n");
}

/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and some
/// strip a leading tab or CR first), so such notes get a leading `'`, which spreadsheets show
/// as plain text (OWASP "CSV injection").
fn write_csv_cell(out: &mut String, cell: &str) {
    let formula_like = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let needs_quotes = cell.contains([',', '"', '\r', '\n']);
    if needs_quotes {
        out.push('"');
    }
    if formula_like {
        out.push('\'');
    }
    if needs_quotes {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// Serialising these plain structs into memory cannot fail (every field is a string, number or
/// list, and map keys are field names), so the empty fallback is never taken.
fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let written = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    written.unwrap_or_default()
}

/// One line, bounded length: parser messages can quote megabytes of input or newlines.
fn one_line(text: &str) -> String {
    let mut line: String = text
        .chars()
        .take(MAX_DETAIL_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(MAX_DETAIL_CHARS).is_some() {
        line.push('…');
    }
    line
}

/// The layouts a diary text can have, told apart by their version keys.
enum Layout {
    StoredV1,
    StoredV2,
    Export,
}

fn future(version: u64) -> ImportError {
    ImportError::FutureVersion(u32::try_from(version).unwrap_or(u32::MAX))
}

/// Only the keys that identify a layout are looked at; a key set to `null` counts as absent.
fn detect_layout(document: &Value) -> Result<Layout, ImportError> {
    let Some(object) = document.as_object() else {
        return Err(ImportError::NotADiary);
    };
    let field = |key: &str| object.get(key).filter(|value| !value.is_null());
    let number = |key: &str| field(key).and_then(Value::as_u64);
    if let Some(format) = field("format") {
        if format.as_str() != Some(EXPORT_FORMAT) {
            return Err(ImportError::NotADiary);
        }
        return match number("version") {
            Some(EXPORT_VERSION) => Ok(Layout::Export),
            Some(version) if version > EXPORT_VERSION => Err(future(version)),
            _ => Err(ImportError::Damaged(
                "the export has no supported \"version\"".to_owned(),
            )),
        };
    }
    if field("v").is_some() {
        return match number("v") {
            Some(STORED_VERSION) => Ok(Layout::StoredV2),
            Some(version) if version > STORED_VERSION => Err(future(version)),
            _ => Err(ImportError::Damaged(
                "the diary has no supported \"v\" version".to_owned(),
            )),
        };
    }
    match number("version") {
        Some(1) => Ok(Layout::StoredV1),
        _ => Err(ImportError::NotADiary),
    }
}

/// Reads every entry of a diary text and checks each with `check`.
///
/// A well-formed value in the current stored layout, which is what every page load reads, is
/// parsed straight into entries by `stored_reader`. Anything else is parsed once into a `Value`
/// and each entry read from that: one text parser serves the other layouts (serde_json's
/// parsers are a large share of the widget's wasm), and a mistyped entry is named by its number.
fn read_entries(
    text: &str,
    check: impl Fn(&DiaryEntry) -> Result<(), EntryError>,
) -> Result<Vec<DiaryEntry>, ImportError> {
    let entries = match stored_reader::read_stored(text) {
        Some(entries) => entries,
        None => read_any_layout(text)?,
    };
    for (index, entry) in entries.iter().enumerate() {
        check(entry).map_err(|problem| ImportError::InvalidEntry {
            number: index + 1,
            problem,
        })?;
    }
    Ok(entries)
}

fn read_any_layout(text: &str) -> Result<Vec<DiaryEntry>, ImportError> {
    let document: Value = serde_json::from_str(text).map_err(|error| {
        ImportError::Damaged(format!("not valid JSON ({})", one_line(&error.to_string())))
    })?;
    let read_entry = match detect_layout(&document)? {
        Layout::StoredV1 => read_wire_entry::<V1Entry>,
        Layout::StoredV2 => read_wire_entry::<CompactEntry>,
        Layout::Export => read_wire_entry::<ExportEntry>,
    };
    parse_entries(&document, read_entry)
}

/// One entry as a layout writes it, and how it becomes a `DiaryEntry`.
trait WireEntry: DeserializeOwned {
    fn into_entry(self) -> DiaryEntry;
}

fn read_wire_entry<W: WireEntry>(value: &Value) -> Result<DiaryEntry, serde_json::Error> {
    W::deserialize(value).map(W::into_entry)
}

/// The `entries` list of any layout. The version keys were checked by `detect_layout`, and an
/// export's `exported` date is for people, so nothing else is read. The layout's reader comes
/// as a function pointer, so the walk over the list exists once in the wasm, not per layout.
fn parse_entries(
    document: &Value,
    read_entry: fn(&Value) -> Result<DiaryEntry, serde_json::Error>,
) -> Result<Vec<DiaryEntry>, ImportError> {
    let entries = match document.get("entries") {
        Some(Value::Array(entries)) => entries,
        Some(_) => return Err(ImportError::Damaged("\"entries\" is not a list".to_owned())),
        None => return Err(ImportError::Damaged("missing field `entries`".to_owned())),
    };
    entries
        .iter()
        .enumerate()
        .map(|(index, value)| {
            read_entry(value).map_err(|error| ImportError::UnreadableEntry {
                number: index + 1,
                detail: one_line(&error.to_string()),
            })
        })
        .collect()
}

// Numbers are read as u64 and then saturated into the entry's narrower fields: a pain of 300
// becomes 255 and `validate` reports "Pain must be a number from 0 to 10", which names the
// field, where serde would only say "expected u8".
fn saturate_u8(value: u64) -> u8 {
    u8::try_from(value).unwrap_or(u8::MAX)
}

fn saturate_u16(value: u64) -> u16 {
    u16::try_from(value).unwrap_or(u16::MAX)
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

#[derive(Serialize)]
struct StoredEnvelope {
    v: u64,
    entries: Vec<CompactEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompactEntry {
    i: u64,
    n: CalendarDate,
    m: Code<Muscle>,
    s: Code<Side>,
    #[serde(default, skip_serializing_if = "is_zero")]
    d: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    p: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    z: u64,
    #[serde(default, skip_serializing_if = "Codes::is_empty")]
    t: Codes<Trigger>,
    #[serde(default, skip_serializing_if = "Codes::is_empty")]
    h: Codes<Relief>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    o: String,
}

impl From<&DiaryEntry> for CompactEntry {
    fn from(entry: &DiaryEntry) -> CompactEntry {
        CompactEntry {
            i: entry.id.0,
            n: entry.night,
            m: Code(entry.muscle),
            s: Code(entry.side),
            d: entry.duration_min.into(),
            p: entry.pain.into(),
            z: entry.sleep_disturbance.into(),
            t: Codes(entry.triggers.clone()),
            h: Codes(entry.helped.clone()),
            o: entry.note.clone(),
        }
    }
}

impl WireEntry for CompactEntry {
    fn into_entry(self) -> DiaryEntry {
        DiaryEntry {
            id: EntryId(self.i),
            night: self.n,
            muscle: self.m.0,
            side: self.s.0,
            duration_min: saturate_u16(self.d),
            pain: saturate_u8(self.p),
            sleep_disturbance: saturate_u8(self.z),
            triggers: self.t.0,
            helped: self.h.0,
            note: self.o,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Entry {
    id: u64,
    date: CalendarDate,
    muscle: Muscle,
    side: Side,
    minutes: u64,
    pain: u64,
    #[serde(default)]
    triggers: Vec<Trigger>,
    #[serde(default)]
    helped: Vec<Relief>,
    #[serde(default)]
    note: String,
}

/// The v1 → v2 migration: renamed fields, and sleep disturbance, which v1 did not ask about,
/// starts at 0 ("not recorded" and "no disturbance" were not told apart then either).
impl WireEntry for V1Entry {
    fn into_entry(self) -> DiaryEntry {
        DiaryEntry {
            id: EntryId(self.id),
            night: self.date,
            muscle: self.muscle,
            side: self.side,
            duration_min: saturate_u16(self.minutes),
            pain: saturate_u8(self.pain),
            sleep_disturbance: 0,
            triggers: self.triggers,
            helped: self.helped,
            note: self.note,
        }
    }
}

#[derive(Serialize)]
struct ExportFile {
    format: &'static str,
    version: u64,
    exported: CalendarDate,
    entries: Vec<ExportEntry>,
}

/// Every field is written; lists and the note may be left out by hand-made files.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportEntry {
    id: u64,
    night: CalendarDate,
    muscle: Muscle,
    side: Side,
    duration_min: u64,
    pain: u64,
    sleep_disturbance: u64,
    #[serde(default)]
    triggers: Vec<Trigger>,
    #[serde(default)]
    helped: Vec<Relief>,
    #[serde(default)]
    note: String,
}

impl From<&DiaryEntry> for ExportEntry {
    fn from(entry: &DiaryEntry) -> ExportEntry {
        ExportEntry {
            id: entry.id.0,
            night: entry.night,
            muscle: entry.muscle,
            side: entry.side,
            duration_min: entry.duration_min.into(),
            pain: entry.pain.into(),
            sleep_disturbance: entry.sleep_disturbance.into(),
            triggers: entry.triggers.clone(),
            helped: entry.helped.clone(),
            note: entry.note.clone(),
        }
    }
}

impl WireEntry for ExportEntry {
    fn into_entry(self) -> DiaryEntry {
        DiaryEntry {
            id: EntryId(self.id),
            night: self.night,
            muscle: self.muscle,
            side: self.side,
            duration_min: saturate_u16(self.duration_min),
            pain: saturate_u8(self.pain),
            sleep_disturbance: saturate_u8(self.sleep_disturbance),
            triggers: self.triggers,
            helped: self.helped,
            note: self.note,
        }
    }
}

/// A choice written as its one-letter code.
struct Code<T>(T);

/// A list of choices written as their codes run together: `"fx"`.
struct Codes<T>(Vec<T>);

// By hand: the derive would demand `T: Default`, which choices have no reason to be.
impl<T> Default for Codes<T> {
    fn default() -> Codes<T> {
        Codes(Vec::new())
    }
}

impl<T> Codes<T> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Choice> Serialize for Code<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_char(self.0.code())
    }
}

impl<T: Choice> Serialize for Codes<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let codes: String = self.0.iter().map(|choice| choice.code()).collect();
        serializer.serialize_str(&codes)
    }
}

impl<'de, T: Choice> Deserialize<'de> for Code<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code<T>, D::Error> {
        deserializer.deserialize_str(CodeVisitor(PhantomData))
    }
}

impl<'de, T: Choice> Deserialize<'de> for Codes<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Codes<T>, D::Error> {
        deserializer.deserialize_str(CodeVisitor(PhantomData))
    }
}

/// What a string of codes becomes. A single choice is read without a `Vec`: a stored diary
/// has two per entry, and their allocations were a fifth of its load time in the browser.
trait FromCodes: Sized {
    type Choice: Choice;

    fn from_codes<E: de::Error>(
        codes: impl Iterator<Item = Result<Self::Choice, E>>,
    ) -> Result<Self, E>;
}

impl<T: Choice> FromCodes for Code<T> {
    type Choice = T;

    fn from_codes<E: de::Error>(
        mut codes: impl Iterator<Item = Result<T, E>>,
    ) -> Result<Code<T>, E> {
        match (codes.next(), codes.next()) {
            (Some(choice), None) => choice.map(Code),
            _ => Err(E::custom(format_args!("expected one {} code", T::KIND))),
        }
    }
}

impl<T: Choice> FromCodes for Codes<T> {
    type Choice = T;

    fn from_codes<E: de::Error>(codes: impl Iterator<Item = Result<T, E>>) -> Result<Codes<T>, E> {
        codes.collect::<Result<_, _>>().map(Codes)
    }
}

struct CodeVisitor<Out>(PhantomData<Out>);

impl<Out: FromCodes> Visitor<'_> for CodeVisitor<Out> {
    type Value = Out;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string of {} codes", Out::Choice::KIND)
    }

    fn visit_str<E: de::Error>(self, codes: &str) -> Result<Out, E> {
        Out::from_codes(codes.chars().map(|code| {
            Out::Choice::from_code(code).ok_or_else(|| {
                E::custom(format_args!(
                    "unknown {} code '{}'",
                    Out::Choice::KIND,
                    code.escape_debug()
                ))
            })
        }))
    }
}
