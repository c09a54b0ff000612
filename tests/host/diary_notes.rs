//! The diary's note scan against the clinical spec's "Diary notes": every phrase of the table in
//! both columns, the variants a patient writes, negation and doubt, one-letter slips, and
//! properties over any text.
use cramp_widget::domain::checker::rules::TriageLevel;
use cramp_widget::domain::content::{Language, EMERGENCY_NUMBER};
use cramp_widget::domain::diary::notes::{scan_note, NoteFinding, NoteWarning};
use proptest::prelude::*;

use NoteWarning::*;

fn warnings(note: &str) -> Vec<NoteWarning> {
    scan_note(note)
        .into_iter()
        .map(|finding| finding.warning)
        .collect()
}

/// Each note must raise exactly this warning (other findings on the same words are a bug).
fn assert_alerts(cases: &[(&str, NoteWarning)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(note, warning)| warnings(note) != [*warning])
        .map(|(note, warning)| format!("{note:?}: wanted {warning:?}, got {:?}", scan_note(note)))
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

fn assert_silent(notes: &[&str]) {
    let wrong: Vec<String> = notes
        .iter()
        .filter(|note| !scan_note(note).is_empty())
        .map(|note| format!("{note:?}: got {:?}", scan_note(note)))
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// The spec's "must alert" column, row by row.
const SPEC_MUST_ALERT: &[(&str, NoteWarning)] = &[
    ("left calf swollen", OneLegSwelling),
    ("swolen", OneLegSwelling),
    ("puffy", OneLegSwelling),
    ("bigger than the other one", OneLegSwelling),
    ("oedema", OneLegSwelling),
    ("edema", OneLegSwelling),
    ("not sure if swollen", OneLegSwelling),
    ("both ankles puffy", BothLegsSwelling),
    ("both legs swollen", BothLegsSwelling),
    ("calf red and hot", RedOrWarmLeg),
    ("leg feels warm", RedOrWarmLeg),
    ("skin is red", RedOrWarmLeg),
    ("foot numb", NumbnessOrWeakness),
    ("pins and needles", NumbnessOrWeakness),
    ("leg felt weak", NumbnessOrWeakness),
    ("chest pain", ChestOrBreathing),
    ("short of breath", ChestOrBreathing),
    ("breathless", ChestOrBreathing),
    ("can't breathe", ChestOrBreathing),
    ("leg cold and pale", ColdOrPaleLeg),
    ("foot went white", ColdOrPaleLeg),
    ("numb and cold", ColdOrPaleLeg),
    ("dark urine", DarkUrine),
    ("pee was brown", DarkUrine),
    ("cola coloured urine", DarkUrine),
    ("stiff jaw", StiffJawOrSpasmsAfterWound),
    ("lockjaw", StiffJawOrSpasmsAfterWound),
    ("jaw locked up", StiffJawOrSpasmsAfterWound),
    ("numb bottom", NumbBottomOrBladderTrouble),
    ("can't pee", NumbBottomOrBladderTrouble),
    ("can't control my bladder", NumbBottomOrBladderTrouble),
];

/// The spec's "must not alert" column, row by row.
const SPEC_MUST_NOT_ALERT: &[&str] = &[
    "no swelling",
    "no cramps today",
    "one sock felt tight",
    "warm bath helped",
    "hot water bottle",
    "so tired",
    "warm-up before the run",
    "hot flush",
    "wrote the numbers down",
    "breathed through it",
    "deep breaths",
    "no chest pain",
    "cold compress helped",
    "cold pack",
    "I have a cold",
    "white wine",
    "drank lots of water",
    "clenched my teeth",
    "back ache from gardening",
];

#[test]
fn every_must_alert_phrase_of_the_spec_raises_its_warning() {
    assert_alerts(SPEC_MUST_ALERT);
}

#[test]
fn no_must_not_alert_phrase_of_the_spec_raises_anything() {
    assert_silent(SPEC_MUST_NOT_ALERT);
}

#[test]
fn each_warning_goes_on_the_card_of_its_spec_level() {
    let level = |warning: NoteWarning| warning.level();
    assert_eq!(level(ChestOrBreathing), TriageLevel::Emergency);
    assert_eq!(level(ColdOrPaleLeg), TriageLevel::Emergency);
    assert_eq!(level(DarkUrine), TriageLevel::Emergency);
    assert_eq!(level(StiffJawOrSpasmsAfterWound), TriageLevel::Emergency);
    assert_eq!(level(NumbBottomOrBladderTrouble), TriageLevel::Emergency);
    assert_eq!(level(OneLegSwelling), TriageLevel::Urgent);
    assert_eq!(level(RedOrWarmLeg), TriageLevel::Urgent);
    assert_eq!(level(NumbnessOrWeakness), TriageLevel::Urgent);
    assert_eq!(level(BothLegsSwelling), TriageLevel::Gp);
    assert_eq!(
        NoteWarning::ALL.len(),
        9,
        "one warning per row of the spec table"
    );
}

#[test]
fn every_warning_cites_a_source() {
    for &warning in NoteWarning::ALL {
        assert!(!warning.sources().is_empty(), "{warning:?}");
    }
}

#[test]
fn every_warning_has_plain_card_text_and_emergencies_name_the_number() {
    for &language in Language::ALL {
        let texts = language.texts();
        for &warning in NoteWarning::ALL {
            let text = texts.note_warning(warning);
            assert!(!text.title.is_empty(), "{language:?} {warning:?}");
            for sentence in text.body.split_terminator(['.', '!', '?', '।']) {
                let words = sentence.split_whitespace().count();
                assert!(
                    (1..=30).contains(&words),
                    "{language:?} {warning:?}: {sentence:?}"
                );
            }
            let placeholders = text.body.matches('{').count();
            assert_eq!(
                placeholders,
                text.body.matches(EMERGENCY_NUMBER).count(),
                "{language:?} {warning:?}: only the emergency number is filled in"
            );
            if warning.level() == TriageLevel::Emergency {
                assert!(
                    text.body.contains(EMERGENCY_NUMBER),
                    "{language:?} {warning:?} says to call the emergency number"
                );
            }
        }
        let quoted = texts.quoted("calf red");
        assert!(
            quoted.contains("calf red") && quoted.chars().count() > "calf red".len(),
            "{language:?} quotes the words: {quoted}"
        );
        let nights = texts.nights_in_week(3, "3 Mar");
        assert!(
            nights.contains('3') && nights.contains("3 Mar"),
            "{language:?}: {nights}"
        );
        if language == Language::En {
            assert_eq!(quoted, "\u{201c}calf red\u{201d}");
            assert_eq!(nights, "3 nights in the week of 3 Mar");
        }
    }
}

#[test]
fn variants_a_patient_writes_raise_the_same_warnings() {
    assert_alerts(&[
        ("leg swelled up afterwards", OneLegSwelling),
        ("ankle is swollen", OneLegSwelling),
        ("some swelling today", OneLegSwelling),
        ("SWELLING in one leg after the cramp", OneLegSwelling),
        ("my right leg is swollen", OneLegSwelling),
        ("ankles swollen in the heat", OneLegSwelling),
        ("legs swollen", OneLegSwelling),
        ("left calf is bigger than the right", OneLegSwelling),
        ("one calf looks bigger", OneLegSwelling),
        ("puffed up ankle", OneLegSwelling),
        ("swelling in both legs", BothLegsSwelling),
        ("both of my feet are swollen", BothLegsSwelling),
        ("calf is hot", RedOrWarmLeg),
        ("red patch on my shin", RedOrWarmLeg),
        ("hot swollen calf", RedOrWarmLeg),
        ("my calf feels warmer than the other", RedOrWarmLeg),
        ("it looked red", RedOrWarmLeg),
        ("feels hot to touch", RedOrWarmLeg),
        ("numbness in my toes", NumbnessOrWeakness),
        ("toes tingling", NumbnessOrWeakness),
        ("tingly foot", NumbnessOrWeakness),
        ("no feeling in my heel", NumbnessOrWeakness),
        ("lost all feeling in my toes", NumbnessOrWeakness),
        ("couldn't feel my foot", NumbnessOrWeakness),
        ("weakness in my leg", NumbnessOrWeakness),
        ("knee gave way", NumbnessOrWeakness),
        ("weakness after the cramp", NumbnessOrWeakness),
        ("chest hurts", ChestOrBreathing),
        ("chest felt tight", ChestOrBreathing),
        ("pain in my chest", ChestOrBreathing),
        ("shortness of breath", ChestOrBreathing),
        ("cannot breathe", ChestOrBreathing),
        ("could not breathe properly", ChestOrBreathing),
        ("hard to breathe", ChestOrBreathing),
        ("struggling to breathe", ChestOrBreathing),
        ("couldn't catch my breath", ChestOrBreathing),
        ("coughing up blood", ChestOrBreathing),
        ("toes went blue", ColdOrPaleLeg),
        ("pale foot", ColdOrPaleLeg),
        ("cold and numb", ColdOrPaleLeg),
        ("foot suddenly went cold", ColdOrPaleLeg),
        ("leg suddenly numb", ColdOrPaleLeg),
        ("urine dark", DarkUrine),
        ("urine was very dark", DarkUrine),
        ("dark brown pee", DarkUrine),
        ("wee looked like cola", DarkUrine),
        ("pee looked like tea", DarkUrine),
        ("jaw is stiff", StiffJawOrSpasmsAfterWound),
        ("lock-jaw", StiffJawOrSpasmsAfterWound),
        ("can't open my mouth", StiffJawOrSpasmsAfterWound),
        ("spasms after a cut", StiffJawOrSpasmsAfterWound),
        (
            "stepped on a nail and now spasms",
            StiffJawOrSpasmsAfterWound,
        ),
        ("numbness around my bottom", NumbBottomOrBladderTrouble),
        ("numb between my legs", NumbBottomOrBladderTrouble),
        ("groin feels numb", NumbBottomOrBladderTrouble),
        ("cant pee", NumbBottomOrBladderTrouble),
        ("unable to pass water", NumbBottomOrBladderTrouble),
        ("lost control of my bladder", NumbBottomOrBladderTrouble),
        (
            "bladder trouble since the back pain",
            NumbBottomOrBladderTrouble,
        ),
        ("wet myself", NumbBottomOrBladderTrouble),
    ]);
}

#[test]
fn dark_pee_with_a_word_between_still_alerts_but_dark_yellow_does_not() {
    assert_alerts(&[
        ("pee very dark", DarkUrine),
        ("urine really dark this morning", DarkUrine),
    ]);
    assert_silent(&["pee dark yellow, drank more water"]);
}

#[test]
fn ordinary_cramp_notes_raise_nothing() {
    assert_silent(&[
        "",
        "Woke at 3 a.m. Eased after stretching the calf.",
        "calf cramp, stretched and walked it off",
        "woke at three, right calf",
        "hot shower before bed, calf cramp at 2am",
        "put a warm towel on my calf",
        "hot water bottle on my calf helped",
        "cold pack on the calf helped",
        "stood on the cold floor",
        "cold night, feet cold",
        "red wine with dinner",
        "dark yellow urine, drank more water",
        "pee was dark yellow",
        "got up in the dark to pee",
        "went for a pee in the dark",
        "calf spasm again",
        "muscle spasms in my calf",
        "wrote the number down",
        "a single cramp tonight",
        "two puffs of my inhaler",
        "cramp was weaker than usual",
        "feet cold in bed",
        "cramp in bed",
        "read a book, cramp eased",
        "took deep breaths and stretched",
        "breathing exercises helped",
        "cut down on coffee",
        "back pain after gardening",
        "sore calf the next day",
        "ate a bigger dinner than usual",
        "no feeling like this before",
        "lost control of the car",
        "fell off a ladder",
        "get up to pee a lot",
        "cut my toenails and then calf spasm",
        "the pee was fine",
        "had a drink of coke then a pee",
        "blue cheese for dinner",
        "I wore my white socks",
        "toes curled and locked",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"https://evil.example\",\"click\")",
    ]);
}

#[test]
fn a_plain_negation_up_to_three_words_before_cancels_the_phrase() {
    assert_silent(&[
        "did not feel short of breath",
        "no chest pain",
        "no swelling",
        "not swollen, just sore",
        "left calf cramp, no sign of swelling",
        "right leg isn't swollen",
        "right leg isn\u{2019}t swollen",
        "without any swelling in my left leg",
        "never had chest pain",
        "didn't feel numb",
        "calf is not hot",
        "leg doesn't feel warm",
        "no pins and needles",
        "pee wasnt dark",
        "both legs not swollen",
    ]);
}

#[test]
fn a_negation_does_not_reach_past_a_clause() {
    assert_alerts(&[
        ("No pain. Swollen left ankle.", OneLegSwelling),
        ("no pain, but the calf is swollen", OneLegSwelling),
        ("not painful but swollen", OneLegSwelling),
        ("no cramps today and my ankle is swollen", OneLegSwelling),
        (
            "no sleep at all last night with chest pain",
            ChestOrBreathing,
        ),
    ]);
}

#[test]
fn a_phrase_does_not_reach_over_but_so_a_negation_before_it_still_counts() {
    assert_eq!(
        warnings("no swelling but calf is red"),
        [RedOrWarmLeg],
        "the calf is red, not swollen"
    );
    assert_silent(&["no swelling but calf cramped badly"]);
}

#[test]
fn doubt_is_not_a_negation() {
    assert_alerts(&[
        ("not sure if swollen", OneLegSwelling),
        ("maybe swollen", OneLegSwelling),
        ("swollen?", OneLegSwelling),
        ("not certain it's swollen", OneLegSwelling),
        ("unsure if it is swollen", OneLegSwelling),
        ("might be swollen", OneLegSwelling),
        ("I think my calf is swollen", OneLegSwelling),
        ("don't know if the calf is red", RedOrWarmLeg),
        ("can't tell if it's numb", NumbnessOrWeakness),
        ("maybe not swollen", OneLegSwelling),
    ]);
}

#[test]
fn cant_inside_a_warning_is_part_of_it_not_a_negation() {
    assert_alerts(&[
        ("I can't pee", NumbBottomOrBladderTrouble),
        (
            "can\u{2019}t control my bladder",
            NumbBottomOrBladderTrouble,
        ),
        ("I can't breathe", ChestOrBreathing),
        ("couldn't breathe", ChestOrBreathing),
    ]);
}

#[test]
fn a_one_letter_slip_in_a_long_warning_word_still_matches() {
    assert_alerts(&[
        ("swolen", OneLegSwelling),
        ("swollan calf", OneLegSwelling),
        ("swwollen", OneLegSwelling),
        ("numbnes in my foot", NumbnessOrWeakness),
        ("weaknes in my leg", NumbnessOrWeakness),
        ("breathles", ChestOrBreathing),
        ("shortnes of breath", ChestOrBreathing),
        ("I cant breath", ChestOrBreathing),
        ("lockjow", StiffJawOrSpasmsAfterWound),
        ("can't control my bladdar", NumbBottomOrBladderTrouble),
    ]);
}

#[test]
fn short_words_do_not_match_with_a_slip() {
    assert_silent(&[
        "calf bed",
        "calf rad",
        "leg was rod",
        "feet wet",
        "foot went while",
        "chess pain",
        "fold and pale",
        "trouble seeing at night",
        "hard weeding in the garden",
        "stretched and my calf warmed up",
        "left leg recovered faster than the other",
        "jaw looked fine",
    ]);
    assert_eq!(
        warnings("calf red"),
        [RedOrWarmLeg],
        "the word itself still matches"
    );
}

#[test]
fn whole_words_only() {
    assert_silent(&["so tired", "calf shredded", "warmly", "unswollen-ish"]);
}

#[test]
fn a_finding_quotes_the_notes_own_words() {
    let findings = scan_note("Woke at 2. My Calf Red and HOT, and chest pain!");
    assert_eq!(
        findings,
        [
            NoteFinding {
                warning: RedOrWarmLeg,
                quote: "Calf Red and HOT".into()
            },
            NoteFinding {
                warning: ChestOrBreathing,
                quote: "chest pain".into()
            },
        ]
    );
    assert_eq!(
        scan_note("left calf\u{2019}s \u{2018}swolen\u{2019}")[0].quote,
        "calf\u{2019}s \u{2018}swolen",
        "curly quotes around a word are not part of it"
    );
}

#[test]
fn both_legs_corrects_the_one_leg_reading_but_hides_nothing_more_severe() {
    assert_eq!(warnings("both legs swollen"), [BothLegsSwelling]);
    assert_eq!(
        warnings("both feet pale and swollen"),
        [BothLegsSwelling, ColdOrPaleLeg]
    );
    assert_eq!(
        warnings("both legs swollen, left calf red"),
        [BothLegsSwelling, RedOrWarmLeg]
    );
}

#[test]
fn a_more_severe_finding_is_not_repeated_by_a_milder_one_inside_it() {
    assert_eq!(warnings("foot numb and cold"), [ColdOrPaleLeg]);
    assert_eq!(warnings("numb bottom"), [NumbBottomOrBladderTrouble]);
}

#[test]
fn several_warnings_in_one_note_are_all_found_in_order() {
    assert_eq!(
        warnings("Left calf swollen. Short of breath; pee was brown"),
        [OneLegSwelling, ChestOrBreathing, DarkUrine]
    );
}

fn warning_phrase() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(
        SPEC_MUST_ALERT
            .iter()
            .map(|(phrase, _)| *phrase)
            .collect::<Vec<_>>(),
    )
}

proptest! {
    #[test]
    fn any_note_is_scanned_without_panicking(note in "\\PC{0,500}") {
        let note: String = note.chars().take(500).collect();
        for finding in scan_note(&note) {
            prop_assert!(note.contains(&finding.quote));
        }
    }

    #[test]
    fn a_warning_in_its_own_sentence_never_removes_a_finding(
        note in "(\\PC|[ .,a-z']){0,300}",
        phrase in warning_phrase(),
    ) {
        let before = scan_note(&note);
        let after = scan_note(&format!("{note}. {phrase}."));
        for finding in &before {
            prop_assert!(after.contains(finding), "{finding:?} lost from {after:?}");
        }
        prop_assert!(after.len() > before.len(), "the appended {phrase:?} is found");
    }
}
