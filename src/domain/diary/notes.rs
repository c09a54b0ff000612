//! The diary's note scan (the clinical spec's "Diary notes"). A patient may write "calf red and
//! hot" or "short of breath" in a note without ever running the checker, so the diary reads
//! every note for the warning signs the checker asks about, and keeps the note's own words so
//! the alert card can show why it appeared.
//!
//! The phrases are data (`PHRASES`), read by one small matcher. It errs towards alerting: a
//! missed clot costs more than a needless call. How it reads a note:
//! - whole words within one clause (clauses end at `.`, `,`, `;`, ...); "tired" is not "red";
//! - a phrase's parts come in order, with at most its `gap` other words between them;
//! - a slip of one letter after the first still matches a word of `FUZZY_MIN` letters or
//!   more ("swolen"); shorter words have too many real neighbours ("red" and "bed", "white"
//!   and "while", "peeing" and "seeing");
//! - a plain negation ("no", "not", any "...n't") up to three words before the phrase, or
//!   between its parts, cancels it, unless the words also say the patient is unsure ("not sure
//!   if swollen" alerts);
//! - a warning word right before a harmless thing is not a warning ("hot water bottle");
//! - a match inside a longer one is dropped when the longer one says more ("both legs
//!   swollen" is not also "swollen").
use crate::domain::checker::rules::{Citation, Rule, RuleId, TriageLevel};
use crate::domain::small_collections::sort_small_by;

/// A warning sign a note can describe, as the spec's table names them; each names the checker
/// rule that says the same, whose level and sources it shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoteWarning {
    /// A possible clot in the lung (checker rule E1).
    ChestOrBreathing,
    /// A possible blocked artery (E2).
    ColdOrPaleLeg,
    /// Possible muscle breakdown, rhabdomyolysis (E6).
    DarkUrine,
    /// Possible tetanus (E5).
    StiffJawOrSpasmsAfterWound,
    /// Possible cauda equina syndrome (E7).
    NumbBottomOrBladderTrouble,
    /// Possible DVT (U1). Swelling that does not say "both" counts here.
    OneLegSwelling,
    /// Possible DVT or infection (U1).
    RedOrWarmLeg,
    /// A nerve or blood-flow problem (U5).
    NumbnessOrWeakness,
    /// Heart, kidney or medicine causes (G12).
    BothLegsSwelling,
}

impl NoteWarning {
    /// Most severe first.
    pub const ALL: &'static [NoteWarning] = &[
        NoteWarning::ChestOrBreathing,
        NoteWarning::ColdOrPaleLeg,
        NoteWarning::DarkUrine,
        NoteWarning::StiffJawOrSpasmsAfterWound,
        NoteWarning::NumbBottomOrBladderTrouble,
        NoteWarning::OneLegSwelling,
        NoteWarning::RedOrWarmLeg,
        NoteWarning::NumbnessOrWeakness,
        NoteWarning::BothLegsSwelling,
    ];

    /// The checker rule that says the same thing; the card takes its level and sources from
    /// the rule table, so the diary and the checker cannot disagree.
    pub const fn rule(self) -> RuleId {
        match self {
            NoteWarning::ChestOrBreathing => RuleId::E1,
            NoteWarning::ColdOrPaleLeg => RuleId::E2,
            NoteWarning::DarkUrine => RuleId::E6,
            NoteWarning::StiffJawOrSpasmsAfterWound => RuleId::E5,
            NoteWarning::NumbBottomOrBladderTrouble => RuleId::E7,
            NoteWarning::OneLegSwelling | NoteWarning::RedOrWarmLeg => RuleId::U1,
            NoteWarning::NumbnessOrWeakness => RuleId::U5,
            NoteWarning::BothLegsSwelling => RuleId::G12,
        }
    }

    pub fn level(self) -> TriageLevel {
        Rule::get(self.rule()).level
    }

    pub fn sources(self) -> &'static [Citation] {
        Rule::get(self.rule()).sources
    }
}

/// One warning sign found in a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteFinding {
    pub warning: NoteWarning,
    /// The words of the note that matched, exactly as typed, for the card to quote.
    pub quote: String,
}

/// Alternatives for one word of a phrase. An entry ending in `*` is a stem ("swell*" is
/// "swelling", "swelled", ...); an entry with spaces is several words in a row.
type Words = &'static [&'static str];

/// One way of writing a warning: its parts in order, each one of a set of words.
struct Phrase {
    warning: NoteWarning,
    /// Most other words allowed between two parts ("leg [feels] warm").
    gap: usize,
    parts: &'static [Words],
}

/// Words of at least this length match with one letter added, dropped or changed.
const FUZZY_MIN: usize = 7;
/// How many words before a phrase a negation still cancels it ("did not feel short of breath").
const NEGATION_REACH: usize = 3;

const NEGATIONS: Words = &[
    "no", "not", "without", "never", "none", "nor", "cannot", "dont", "didnt", "doesnt", "isnt",
    "wasnt", "werent", "arent", "havent", "hasnt", "hadnt", "cant", "couldnt", "wouldnt",
];
/// Words that say the patient is unsure; a negation near them is doubt, not a denial.
const DOUBTS: Words = &[
    "sure", "unsure", "certain", "know", "tell", "think", "idea", "maybe", "might", "perhaps",
    "possibly", "probably", "wonder",
];
/// Words that end the reach of a negation ("no pain but swollen").
const CLAUSE_BREAKS: Words = &["but", "and", "though", "although", "however", "yet"];
/// Characters that end a clause; a phrase and its negation never reach across them.
const CLAUSE_ENDS: &[char] = &['.', ',', ';', ':', '!', '?', '(', ')', '\n'];
/// Things a warning word can describe that are not the body: a hot *bath*, a cold *pack*,
/// white *wine*, dark *yellow* pee (which usually means drinking more, not muscle damage).
const HARMLESS_NEXT: Words = &[
    "bath",
    "shower",
    "water",
    "bottle",
    "pack",
    "compress",
    "towel",
    "flannel",
    "cloth",
    "pad",
    "tub",
    "oil",
    "cream",
    "gel",
    "drink",
    "drinks",
    "milk",
    "wine",
    "bread",
    "rice",
    "chocolate",
    "cheese",
    "flush",
    "flushes",
    "flash",
    "flashes",
    "weather",
    "night",
    "day",
    "room",
    "air",
    "floor",
    "tiles",
    "bed",
    "blanket",
    "socks",
    "sock",
    "snap",
    "spell",
    "yellow",
];

const LEG: Words = &[
    "leg", "legs", "calf", "calves", "ankle", "ankles", "foot", "feet", "shin", "shins", "thigh",
    "thighs", "knee", "knees", "toe", "toes", "heel", "skin",
];
const SWELLING: Words = &[
    "swell*",
    "swollen",
    "puffy",
    "puffed up",
    "puffiness",
    "oedema",
    "edema",
];
const BIGGER_THAN: Words = &["bigger than", "larger than", "thicker than"];
const OTHER_SIDE: Words = &["other", "left", "right", "usual"];
const HEAT: Words = &[
    "red", "redder", "redness", "reddish", "reddened", "hot", "hotter", "warm", "warmer",
    "inflamed",
];
const RED: Words = &["red", "redder", "reddish", "reddened", "inflamed"];
const FEEL: Words = &["feel", "feels", "feeling", "felt"];
/// Verbs that say what something looks like or became ("is red", "pee was brown").
const LOOK: Words = &[
    "is", "was", "looks", "looked", "looking", "went", "turned", "gone", "got", "became", "seems",
    "seemed",
];
const NUMB: Words = &["numb", "numbness"];
const WEAK: Words = &["weak", "weakness", "weaker"];
const CANT: Words = &[
    "can't",
    "cant",
    "cannot",
    "can not",
    "couldn't",
    "couldnt",
    "could not",
    "unable",
];
const HARD: Words = &[
    "hard",
    "trouble",
    "difficult",
    "difficulty",
    "struggl*",
    "gasp*",
];
const PAIN: Words = &[
    "pain",
    "pains",
    "painful",
    "ache",
    "aches",
    "aching",
    "achy",
    "hurt*",
    "tight*",
    "sore",
    "pressure",
    "heavy",
    "heaviness",
    "discomfort",
    "squeez*",
];
const BREATHE: Words = &["breathe", "breath", "breathing"];
const PALE: Words = &[
    "pale", "paler", "white", "whiter", "blue", "bluish", "blueish", "grey", "gray", "mottled",
];
const COLD: Words = &["cold", "colder", "icy", "freezing"];
const SUDDEN: Words = &["sudden*", "went", "turned", "gone", "became"];
const PEE: Words = &[
    "pee",
    "wee",
    "piss",
    "urine",
    "urinate",
    "peeing",
    "weeing",
    "urinating",
    "pass water",
];
const DARK: Words = &[
    "dark", "darker", "brown", "brownish", "cola", "coke", "black",
];
const COLOURED: Words = &["coloured", "colored", "colour", "color"];
const JAW: Words = &["jaw", "jaws"];
const STIFF: Words = &["stiff*", "tight*", "locked", "lock", "rigid"];
const WOUND: Words = &[
    "wound", "wounds", "cut", "cuts", "bite", "bitten", "puncture", "splinter", "nail", "graze",
];
const SADDLE: Words = &[
    "bottom", "bum", "buttock", "buttocks", "backside", "groin", "crotch", "genitals", "privates",
    "saddle",
];
const BLADDER: Words = &["bladder", "bowel", "bowels", "pee", "wee", "urine", "poo"];
const LOST: Words = &[
    "can't",
    "cant",
    "cannot",
    "can not",
    "couldn't",
    "couldnt",
    "could not",
    "unable",
    "lost",
    "losing",
    "lose",
    "no",
];

const ONE: Words = &["one"];
const BOTH: Words = &["both"];
const BIGGER: Words = &["bigger", "larger", "thicker"];
const RED_PATCH: Words = &["patch", "area", "streak*", "blotch*"];
const TINGLING: Words = &[
    "tingl*",
    "pins and needles",
    "dead leg",
    "foot drop",
    "weakness",
];
const NO: Words = &["no", "lost", "loss of", "without"];
const FEELING: Words = &["feeling", "sensation"];
const GAVE_WAY: Words = &["gave way", "gives way", "giving way", "give way"];
const CHEST: Words = &["chest"];
const CATCH: Words = &["catch"];
const COUGH: Words = &["cough*"];
const BLOOD: Words = &["blood"];
const SUDDENLY: Words = &["sudden*"];
const BREATHLESS: Words = &[
    "short of breath",
    "shortness of breath",
    "breathless",
    "breathlessness",
];
const LIKE: Words = &["like"];
const COLA: Words = &["cola", "coke", "tea"];
const LOCKJAW: Words = &["lockjaw"];
const SPASM: Words = &["spasm*"];
const OPEN_MOUTH: Words = &["open my mouth", "open mouth", "open my jaw"];
const BETWEEN_LEGS: Words = &["between my legs", "between the legs", "between legs"];
const CONTROL: Words = &["control"];
const TROUBLE: Words = &["trouble", "problem*", "leak*", "accident*"];
const LEAK: Words = &["leak*"];
const WET: Words = &["wet myself"];

const fn phrase(warning: NoteWarning, gap: usize, parts: &'static [Words]) -> Phrase {
    Phrase {
        warning,
        gap,
        parts,
    }
}

use NoteWarning::{
    BothLegsSwelling as BothLegs, ChestOrBreathing as Chest, ColdOrPaleLeg as ColdPale,
    DarkUrine as Urine, NumbBottomOrBladderTrouble as Saddle, NumbnessOrWeakness as Numbness,
    OneLegSwelling as OneLeg, RedOrWarmLeg as RedWarm, StiffJawOrSpasmsAfterWound as Jaw,
};

/// Every way of writing a warning that the scan knows, by warning.
const PHRASES: &[Phrase] = &[
    phrase(OneLeg, 0, &[SWELLING]),
    phrase(OneLeg, 2, &[LEG, SWELLING]),
    phrase(OneLeg, 2, &[SWELLING, LEG]),
    phrase(OneLeg, 1, &[BIGGER_THAN, OTHER_SIDE]),
    phrase(OneLeg, 2, &[ONE, LEG, BIGGER]),
    phrase(BothLegs, 2, &[BOTH, LEG, SWELLING]),
    phrase(BothLegs, 1, &[SWELLING, BOTH, LEG]),
    phrase(RedWarm, 2, &[LEG, HEAT]),
    phrase(RedWarm, 1, &[HEAT, LEG]),
    phrase(RedWarm, 1, &[FEEL, HEAT]),
    phrase(RedWarm, 1, &[LOOK, RED]),
    phrase(RedWarm, 0, &[HEAT, RED_PATCH]),
    phrase(Numbness, 0, &[NUMB]),
    phrase(Numbness, 0, &[TINGLING]),
    phrase(Numbness, 2, &[NO, FEELING, LEG]),
    phrase(Numbness, 2, &[CANT, FEEL, LEG]),
    phrase(Numbness, 2, &[LEG, WEAK]),
    phrase(Numbness, 2, &[WEAK, LEG]),
    phrase(Numbness, 1, &[FEEL, WEAK]),
    phrase(Numbness, 1, &[LEG, GAVE_WAY]),
    phrase(Chest, 1, &[CHEST, PAIN]),
    phrase(Chest, 2, &[PAIN, CHEST]),
    phrase(Chest, 0, &[BREATHLESS]),
    phrase(Chest, 1, &[CANT, BREATHE]),
    phrase(Chest, 1, &[CANT, CATCH, BREATHE]),
    phrase(Chest, 1, &[HARD, BREATHE]),
    phrase(Chest, 1, &[COUGH, BLOOD]),
    phrase(ColdPale, 2, &[LEG, PALE]),
    phrase(ColdPale, 1, &[PALE, LEG]),
    phrase(ColdPale, 2, &[COLD, PALE]),
    phrase(ColdPale, 2, &[PALE, COLD]),
    phrase(ColdPale, 2, &[NUMB, COLD]),
    phrase(ColdPale, 2, &[COLD, NUMB]),
    phrase(ColdPale, 1, &[LEG, SUDDEN, COLD]),
    phrase(ColdPale, 2, &[SUDDENLY, NUMB]),
    phrase(Urine, 0, &[DARK, PEE]),
    phrase(Urine, 0, &[DARK, COLOURED, PEE]),
    phrase(Urine, 1, &[PEE, DARK]),
    phrase(Urine, 1, &[PEE, LOOK, DARK]),
    phrase(Urine, 2, &[PEE, LIKE, COLA]),
    phrase(Jaw, 0, &[LOCKJAW]),
    phrase(Jaw, 1, &[STIFF, JAW]),
    phrase(Jaw, 1, &[JAW, STIFF]),
    phrase(Jaw, 1, &[CANT, OPEN_MOUTH]),
    phrase(Jaw, 2, &[SPASM, WOUND]),
    phrase(Jaw, 2, &[WOUND, SPASM]),
    phrase(Saddle, 2, &[NUMB, SADDLE]),
    phrase(Saddle, 2, &[SADDLE, NUMB]),
    phrase(Saddle, 1, &[NUMB, BETWEEN_LEGS]),
    phrase(Saddle, 2, &[CANT, PEE]),
    phrase(Saddle, 2, &[LOST, CONTROL, BLADDER]),
    phrase(Saddle, 0, &[BLADDER, TROUBLE]),
    phrase(Saddle, 1, &[HARD, PEE]),
    phrase(Saddle, 1, &[LEAK, PEE]),
    phrase(Saddle, 0, &[WET]),
];

/// A word of the note: its normalised text and where it stands.
struct Word {
    /// ASCII-lowered, curly apostrophes straightened, a possessive "'s" dropped.
    text: String,
    /// Byte range in the note, for the quote.
    start: usize,
    end: usize,
    clause: usize,
}

/// The warning signs in `note`, in the order they appear, each with the words that say it.
pub fn scan_note(note: &str) -> Vec<NoteFinding> {
    let words = words(note);
    let mut found: Vec<Match> = Vec::new();
    for phrase in PHRASES {
        let letters = first_letters(phrase.parts[0]);
        for first in 0..words.len() {
            if letter_bit(&words[first].text) & letters == 0 {
                continue;
            }
            let Some(last) = longest_match(phrase, &words, first) else {
                continue;
            };
            let span = Match {
                warning: phrase.warning,
                first,
                last,
            };
            if !found.contains(&span) {
                found.push(span);
            }
        }
    }
    let mut kept: Vec<&Match> = found
        .iter()
        .filter(|inner| !found.iter().any(|outer| outer.hides(inner)))
        .collect();
    sort_small_by(&mut kept, |a, b| {
        (a.first, a.last, a.warning).cmp(&(b.first, b.last, b.warning))
    });
    kept.into_iter()
        .map(|span| NoteFinding {
            warning: span.warning,
            quote: note[words[span.first].start..words[span.last].end].to_owned(),
        })
        .collect()
}

/// A phrase found at `first..=last` (word indexes).
#[derive(PartialEq)]
struct Match {
    warning: NoteWarning,
    first: usize,
    last: usize,
}

impl Match {
    /// Whether `inner` lies within this match and adds nothing to it: a more severe warning
    /// is never hidden, except that naming both legs corrects the one-leg reading of swelling.
    fn hides(&self, inner: &Match) -> bool {
        let within = self.first <= inner.first && inner.last <= self.last;
        let longer = self.last - self.first > inner.last - inner.first;
        within
            && match (self.warning, inner.warning) {
                (NoteWarning::BothLegsSwelling, NoteWarning::OneLegSwelling) => true,
                (outer, inner) => longer && outer.level() >= inner.level(),
            }
    }
}

/// ASCII lowering is enough: every table word is ASCII, and no other letter lowers to ASCII
/// except the Kelvin sign. Full Unicode lowering costs 4 KB of wasm tables.
fn words(note: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut clause = 0;
    let mut start = None;
    let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    for (at, c) in note.char_indices().chain([(note.len(), '\n')]) {
        if c.is_alphanumeric() || is_apostrophe(c) {
            start.get_or_insert(at);
            continue;
        }
        if let Some(from) = start.take() {
            let raw = &note[from..at];
            let trimmed = raw.trim_matches(is_apostrophe);
            if !trimmed.is_empty() {
                let start = from + (raw.len() - raw.trim_start_matches(is_apostrophe).len());
                let mut text = trimmed.to_ascii_lowercase().replace('\u{2019}', "'");
                if text.ends_with("'s") {
                    text.truncate(text.len() - 2);
                }
                words.push(Word {
                    text,
                    start,
                    end: start + trimmed.len(),
                    clause,
                });
            }
        }
        if CLAUSE_ENDS.contains(&c) {
            clause += 1;
        }
    }
    words
}

/// The last word of the longest match of `phrase` that starts at word `first` and is not
/// negated. Phrases are a few parts long and notes short, so trying every placement is cheap.
fn longest_match(phrase: &Phrase, words: &[Word], first: usize) -> Option<usize> {
    place(phrase, words, 0, first, &mut Vec::new())
}

/// Places `phrase.parts[part]` at word `at` and the parts after it as far on as they reach;
/// `taken` holds the indexes of the words the earlier parts took.
fn place(
    phrase: &Phrase,
    words: &[Word],
    part: usize,
    at: usize,
    taken: &mut Vec<usize>,
) -> Option<usize> {
    let len = part_len(phrase.parts[part], words, at)?;
    let mark = taken.len();
    taken.extend(at..at + len);
    let next = at + len;
    let last = if part + 1 == phrase.parts.len() {
        (!negated(words, taken)).then_some(next - 1)
    } else {
        // A phrase never reaches over a contrast ("but", "though", ...): "no swelling but calf
        // is red" says nothing swollen about the calf, and the negation before it must still
        // count. "and" does join a phrase's parts ("leg cold and pale").
        (next..=next + phrase.gap)
            .take_while(|&i| {
                words.get(i).is_some_and(|w| w.clause == words[at].clause)
                    && (i == next || !is_contrast(&words[i - 1].text))
            })
            .filter_map(|i| place(phrase, words, part + 1, i, taken))
            .max()
    };
    taken.truncate(mark);
    last
}

fn is_contrast(word: &str) -> bool {
    word != "and" && CLAUSE_BREAKS.contains(&word)
}

/// How many words one of `part`'s entries takes at word `at`, if one matches there.
fn part_len(part: Words, words: &[Word], at: usize) -> Option<usize> {
    let clause = words[at].clause;
    let in_clause = |i: usize| words.get(i).filter(|w| w.clause == clause);
    let first_byte = words[at].text.as_bytes().first();
    part.iter()
        .filter_map(|entry| {
            // The first letter must be right, slip or not: people rarely mistype it, and
            // checking it first passes over most entries at once.
            if entry.as_bytes().first() != first_byte {
                return None;
            }
            let mut len = 0;
            for expected in entry.split(' ') {
                if !word_matches(expected, &in_clause(at + len)?.text) {
                    return None;
                }
                len += 1;
            }
            let next = in_clause(at + len).map(|w| w.text.as_str());
            (!next.is_some_and(|next| HARMLESS_NEXT.contains(&next))).then_some(len)
        })
        .max()
}

/// The letters `part`'s entries start with, one bit each. Every entry starts with a–z, so a
/// phrase is tried only at the words that could start it.
fn first_letters(part: Words) -> u32 {
    part.iter()
        .fold(0, |letters, entry| letters | letter_bit(entry))
}

fn letter_bit(text: &str) -> u32 {
    match text.as_bytes().first() {
        Some(&letter @ b'a'..=b'z') => 1 << (letter - b'a'),
        _ => 0,
    }
}

fn word_matches(expected: &str, word: &str) -> bool {
    match expected.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => expected == word || (expected.len() >= FUZZY_MIN && one_slip(expected, word)),
    }
}

/// Whether `a` and `b` differ by one letter added, dropped or changed (bytes, so a slip to a
/// non-ASCII letter counts as two and does not match).
fn one_slip(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let same = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => short.get(same + 1..) == long.get(same + 1..),
        1 => short[same..] == long[same + 1..],
        _ => false,
    }
}

/// Whether a negation cancels the match that took the words at `taken`: one up to
/// `NEGATION_REACH` words before it or between its parts, in the same clause, with no word
/// of doubt beside it.
fn negated(words: &[Word], taken: &[usize]) -> bool {
    let (first, last) = (taken[0], taken[taken.len() - 1]);
    let clause = words[last].clause;
    let mut negation = false;
    for word in (first.saturating_sub(NEGATION_REACH)..last)
        .rev()
        .filter(|i| !taken.contains(i))
        .map(|i| &words[i])
        .take_while(|w| w.clause == clause && !CLAUSE_BREAKS.contains(&w.text.as_str()))
        .map(|w| w.text.as_str())
    {
        if DOUBTS.contains(&word) {
            return false;
        }
        negation |= NEGATIONS.contains(&word) || word.ends_with("n't");
    }
    negation
}
