//! The answers contract: what the wizard collects and what `cargo run --example assess` reads.
//! Owns the value enums (their wire ids, spec order and option lists for the UI), the
//! `Answers` object and `parse_answers`, which turns any input into answers or one typed error.
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};

use crate::domain::id_enum::id_enum;
use crate::domain::small_collections::toggle_in;
use serde::{Deserialize, Serialize};
use serde_json::Value;

id_enum! {
    /// Age band; ordered youngest first so bands compare by age.
    AgeBand {
        Under16 = "under_16",
        From16To49 = "16_49",
        From50To64 = "50_64",
        From65Plus = "65_plus",
    }
}

id_enum! {
    /// Signs that can mean a clot, a blocked artery or another problem that cannot wait.
    RedFlag {
        BreathlessOrChestPain = "breathless_or_chest_pain",
        SuddenColdPaleOrNumbLeg = "sudden_cold_pale_or_numb_leg",
        OneLegSwollen = "one_leg_swollen",
        LegRedOrWarm = "leg_red_or_warm",
        SeverePersistentPain = "severe_persistent_pain",
        SpasmsAfterWound = "spasms_after_wound",
        PoisonExposure = "poison_exposure",
        DarkUrine = "dark_urine",
        BackPainWithSaddleOrBladderChange = "back_pain_with_saddle_or_bladder_change",
    }
    // v1 had one flag for both; a wound is the more cautious reading (possible tetanus).
    legacy {
        "wound_or_toxin" => SpasmsAfterWound,
    }
}

id_enum! {
    /// Symptoms beside the cramps that point to another cause.
    Symptom {
        NumbnessOrTingling = "numbness_or_tingling",
        Weakness = "weakness",
        SkinDiscolouration = "skin_discolouration",
        SorenessLastingDays = "soreness_lasting_days",
        DifficultyWalking = "difficulty_walking",
        PainWalkingEasesWithRest = "pain_walking_eases_with_rest",
        UrgeToMoveLegs = "urge_to_move_legs",
        FootPainAtRest = "foot_pain_at_rest",
        MuscleWastingOrTwitching = "muscle_wasting_or_twitching",
        BothLegsSwollen = "both_legs_swollen",
    }
}

id_enum! {
    /// Things that make a blood clot in a leg vein more likely (NHS DVT page).
    ClotRisk {
        RecentSurgeryOrInjury = "recent_surgery_or_injury",
        LegInCastOrTightBandage = "leg_in_cast_or_tight_bandage",
        LongJourneyOrBedRest = "long_journey_or_bed_rest",
        PreviousClot = "previous_clot",
        CancerTreatment = "cancer_treatment",
        EstrogenPillOrHrt = "estrogen_pill_or_hrt",
        GaveBirthInLast6Weeks = "gave_birth_in_last_6_weeks",
    }
}

id_enum! {
    /// How often cramps come; ordered rarest first, so "at least once a week" is `>=`.
    Frequency {
        FirstTime = "first_time",
        LessThanWeekly = "less_than_weekly",
        OnceAWeek = "once_a_week",
        TwiceAWeek = "twice_a_week",
        ThreePlusPerWeek = "3_plus_per_week",
    }
}

id_enum! {
    /// How long the longest recent cramp lasted. Over 10 minutes is split by whether
    /// stretching eased it: `Over10Min` did not ease, and needs advice today.
    Duration {
        Under1Min = "under_1_min",
        OneTo10Min = "1_to_10_min",
        Over10MinEased = "over_10_min_eased",
        Over10Min = "over_10_min",
    }
}

id_enum! {
    /// Where the cramps are felt.
    Location {
        Calf = "calf",
        Foot = "foot",
        Thigh = "thigh",
    }
}

id_enum! {
    /// Long-term conditions a doctor has diagnosed.
    Condition {
        Diabetes = "diabetes",
        PeripheralArteryDisease = "peripheral_artery_disease",
        NerveDisorder = "nerve_disorder",
        KidneyDisease = "kidney_disease",
        LiverDisease = "liver_disease",
        ThyroidDisease = "thyroid_disease",
    }
}

id_enum! {
    /// Medicine classes linked with cramps, plus `Other` for anything else taken.
    Medicine {
        Diuretic = "diuretic",
        AsthmaInhalerLaba = "asthma_inhaler_laba",
        Statin = "statin",
        CalciumChannelBlocker = "calcium_channel_blocker",
        HormoneOrOsteoporosis = "hormone_or_osteoporosis",
        Nsaid = "nsaid",
        BetaBlocker = "beta_blocker",
        Antidepressant = "antidepressant",
        Other = "other",
    }
}

id_enum! {
    /// Daily habits that make cramps more likely.
    Lifestyle {
        LowFluids = "low_fluids",
        LongStanding = "long_standing",
        LongSitting = "long_sitting",
        IntenseExercise = "intense_exercise",
        NoStretching = "no_stretching",
        LowMineralDiet = "low_mineral_diet",
        UnsupportiveFootwear = "unsupportive_footwear",
        Sedentary = "sedentary",
        Alcohol = "alcohol",
    }
}

id_enum! {
    /// The keys of the answers object, in the order the wizard asks them.
    AnswerKey {
        AgeBand = "age_band",
        Pregnant = "pregnant",
        RedFlags = "red_flags",
        Symptoms = "symptoms",
        ClotRisks = "clot_risks",
        Frequency = "frequency",
        Duration = "duration",
        Locations = "locations",
        SleepAffected = "sleep_affected",
        SelfCareTried = "self_care_tried",
        Conditions = "conditions",
        Medicines = "medicines",
        MedicineStartedRecently = "medicine_started_recently",
        Lifestyle = "lifestyle",
    }
}

/// Any option the wizard can offer, so one label lookup and one toggle serve every question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerOption {
    AgeBand(AgeBand),
    RedFlag(RedFlag),
    Symptom(Symptom),
    ClotRisk(ClotRisk),
    Frequency(Frequency),
    Duration(Duration),
    Location(Location),
    Condition(Condition),
    Medicine(Medicine),
    Lifestyle(Lifestyle),
}

/// Wires each value enum into `AnswerOption` and gives it the option list its question shows.
macro_rules! answer_options {
    ($($name:ident),+) => {
        $(
            impl From<$name> for AnswerOption {
                fn from(value: $name) -> Self {
                    AnswerOption::$name(value)
                }
            }

            impl $name {
                const OPTIONS: &'static [AnswerOption] = &{
                    let mut options = [AnswerOption::$name(Self::ALL[0]); Self::ALL.len()];
                    let mut i = 0;
                    while i < options.len() {
                        options[i] = AnswerOption::$name(Self::ALL[i]);
                        i += 1;
                    }
                    options
                };
            }
        )+

        impl AnswerOption {
            /// The stable id of the value (unique within its question).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(AnswerOption::$name(value) => value.as_str(),)+
                }
            }
        }
    };
}
answer_options!(
    AgeBand, RedFlag, Symptom, ClotRisk, Frequency, Duration, Location, Condition, Medicine,
    Lifestyle
);

/// How a question is answered, with the options to show for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// Pick at most one option; none picked means "not known".
    Choice(&'static [AnswerOption]),
    /// Tick any number of options.
    List(&'static [AnswerOption]),
    YesNo,
}

impl AnswerKey {
    pub const fn kind(self) -> AnswerKind {
        match self {
            AnswerKey::AgeBand => AnswerKind::Choice(AgeBand::OPTIONS),
            AnswerKey::Frequency => AnswerKind::Choice(Frequency::OPTIONS),
            AnswerKey::Duration => AnswerKind::Choice(Duration::OPTIONS),
            AnswerKey::RedFlags => AnswerKind::List(RedFlag::OPTIONS),
            AnswerKey::Symptoms => AnswerKind::List(Symptom::OPTIONS),
            AnswerKey::ClotRisks => AnswerKind::List(ClotRisk::OPTIONS),
            AnswerKey::Locations => AnswerKind::List(Location::OPTIONS),
            AnswerKey::Conditions => AnswerKind::List(Condition::OPTIONS),
            AnswerKey::Medicines => AnswerKind::List(Medicine::OPTIONS),
            AnswerKey::Lifestyle => AnswerKind::List(Lifestyle::OPTIONS),
            AnswerKey::Pregnant
            | AnswerKey::SleepAffected
            | AnswerKey::SelfCareTried
            | AnswerKey::MedicineStartedRecently => AnswerKind::YesNo,
        }
    }
}

/// One answers object. Every key is optional: a missing choice is `None` and fires nothing,
/// a missing list is empty, a missing yes/no is `false`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    pub age_band: Option<AgeBand>,
    pub pregnant: bool,
    pub red_flags: Vec<RedFlag>,
    pub symptoms: Vec<Symptom>,
    pub clot_risks: Vec<ClotRisk>,
    pub frequency: Option<Frequency>,
    pub duration: Option<Duration>,
    pub locations: Vec<Location>,
    pub sleep_affected: bool,
    pub self_care_tried: bool,
    pub conditions: Vec<Condition>,
    pub medicines: Vec<Medicine>,
    pub medicine_started_recently: bool,
    pub lifestyle: Vec<Lifestyle>,
}

impl Answers {
    pub fn is_selected(&self, option: AnswerOption) -> bool {
        match option {
            AnswerOption::AgeBand(value) => self.age_band == Some(value),
            AnswerOption::Frequency(value) => self.frequency == Some(value),
            AnswerOption::Duration(value) => self.duration == Some(value),
            AnswerOption::RedFlag(value) => self.red_flags.contains(&value),
            AnswerOption::Symptom(value) => self.symptoms.contains(&value),
            AnswerOption::ClotRisk(value) => self.clot_risks.contains(&value),
            AnswerOption::Location(value) => self.locations.contains(&value),
            AnswerOption::Condition(value) => self.conditions.contains(&value),
            AnswerOption::Medicine(value) => self.medicines.contains(&value),
            AnswerOption::Lifestyle(value) => self.lifestyle.contains(&value),
        }
    }

    /// What a click on an option does: a choice is picked or, if already picked, cleared;
    /// a list value is ticked or unticked.
    pub fn toggle(&mut self, option: AnswerOption) {
        match option {
            AnswerOption::AgeBand(value) => toggle_choice(&mut self.age_band, value),
            AnswerOption::Frequency(value) => toggle_choice(&mut self.frequency, value),
            AnswerOption::Duration(value) => toggle_choice(&mut self.duration, value),
            AnswerOption::RedFlag(value) => toggle_in(&mut self.red_flags, value),
            AnswerOption::Symptom(value) => toggle_in(&mut self.symptoms, value),
            AnswerOption::ClotRisk(value) => toggle_in(&mut self.clot_risks, value),
            AnswerOption::Location(value) => toggle_in(&mut self.locations, value),
            AnswerOption::Condition(value) => toggle_in(&mut self.conditions, value),
            AnswerOption::Medicine(value) => toggle_in(&mut self.medicines, value),
            AnswerOption::Lifestyle(value) => toggle_in(&mut self.lifestyle, value),
        }
    }

    /// The yes/no answer for `key`, or `None` if `key` is not a yes/no question.
    pub fn flag(&self, key: AnswerKey) -> Option<bool> {
        match key {
            AnswerKey::Pregnant => Some(self.pregnant),
            AnswerKey::SleepAffected => Some(self.sleep_affected),
            AnswerKey::SelfCareTried => Some(self.self_care_tried),
            AnswerKey::MedicineStartedRecently => Some(self.medicine_started_recently),
            _ => None,
        }
    }

    /// The yes/no answer for `key` to set, or `None` if `key` is not a yes/no question.
    pub fn flag_mut(&mut self, key: AnswerKey) -> Option<&mut bool> {
        match key {
            AnswerKey::Pregnant => Some(&mut self.pregnant),
            AnswerKey::SleepAffected => Some(&mut self.sleep_affected),
            AnswerKey::SelfCareTried => Some(&mut self.self_care_tried),
            AnswerKey::MedicineStartedRecently => Some(&mut self.medicine_started_recently),
            _ => None,
        }
    }
}

fn toggle_choice<T: PartialEq>(slot: &mut Option<T>, value: T) {
    *slot = if slot.as_ref() == Some(&value) {
        None
    } else {
        Some(value)
    };
}

/// Why an answers document was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersError {
    /// Not JSON at all; carries serde_json's description with line and column.
    Syntax(String),
    UnknownKey {
        key: String,
    },
    DuplicateKey {
        key: &'static str,
    },
    UnknownValue {
        key: &'static str,
        value: String,
    },
    /// `key` is `None` when the document itself is not an object.
    WrongType {
        key: Option<&'static str>,
        expected: Expected,
    },
}

/// The JSON type a key needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    Boolean,
    Text,
    ListOfText,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Object => "a JSON object",
            Expected::Boolean => "true or false",
            Expected::Text => "one value as a string, or null",
            Expected::ListOfText => "a list of strings",
        })
    }
}

/// One line, always: keys and values are printed with escapes, so a newline inside them
/// cannot break the line.
impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersError::Syntax(detail) => {
                write!(
                    f,
                    "answers are not valid JSON: {}",
                    detail.replace('\n', " ")
                )
            }
            AnswersError::UnknownKey { key } => {
                write!(f, "unknown key \"{}\" in answers", key.escape_debug())
            }
            AnswersError::DuplicateKey { key } => {
                write!(f, "key \"{}\" appears twice in answers", key.escape_debug())
            }
            AnswersError::UnknownValue { key, value } => {
                write!(
                    f,
                    "unknown value \"{}\" for \"{}\"",
                    value.escape_debug(),
                    key.escape_debug()
                )
            }
            AnswersError::WrongType {
                key: Some(key),
                expected,
            } => {
                write!(
                    f,
                    "wrong type for \"{}\": expected {expected}",
                    key.escape_debug()
                )
            }
            AnswersError::WrongType {
                key: None,
                expected,
            } => {
                write!(f, "wrong type for answers: expected {expected}")
            }
        }
    }
}

impl std::error::Error for AnswersError {}

/// Parses one answers object. The serde derive decides what is accepted; only when it
/// refuses does a second look find which key or value is at fault, because serde_json's own
/// messages do not name the key (and call a number where a value belongs a syntax error).
pub fn parse_answers(json: &str) -> Result<Answers, AnswersError> {
    match serde_json::from_str(json) {
        // The derive also reads a struct from an array of fields; the contract is an object.
        Ok(answers)
            if json
                .trim_start_matches([' ', '\t', '\n', '\r'])
                .starts_with('{') =>
        {
            Ok(answers)
        }
        _ => Err(diagnose(json)),
    }
}

fn diagnose(json: &str) -> AnswersError {
    let not_an_object = AnswersError::WrongType {
        key: None,
        expected: Expected::Object,
    };
    match serde_json::from_str::<Entries>(json) {
        // A clean walk here would mean the key table and the derive disagree, which the
        // round-trip tests rule out.
        Ok(entries) => entries.first_problem().unwrap_or(not_an_object),
        Err(error) if error.is_data() => not_an_object,
        Err(error) => AnswersError::Syntax(error.to_string()),
    }
}

/// The top-level members in document order, duplicates kept (a map would hide them).
struct Entries(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;

        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }

        deserializer.deserialize_map(EntriesVisitor)
    }
}

impl Entries {
    fn first_problem(&self) -> Option<AnswersError> {
        let mut seen: Vec<AnswerKey> = Vec::with_capacity(self.0.len());
        self.0.iter().find_map(|(name, value)| {
            let Some(key) = AnswerKey::from_id(name) else {
                return Some(AnswersError::UnknownKey { key: name.clone() });
            };
            if seen.contains(&key) {
                return Some(AnswersError::DuplicateKey { key: key.as_str() });
            }
            seen.push(key);
            value_problem(key, value)
        })
    }
}

fn value_problem(key: AnswerKey, value: &Value) -> Option<AnswersError> {
    let wrong_type = |expected| {
        Some(AnswersError::WrongType {
            key: Some(key.as_str()),
            expected,
        })
    };
    match (key.kind(), value) {
        (AnswerKind::YesNo, Value::Bool(_)) | (AnswerKind::Choice(_), Value::Null) => None,
        (AnswerKind::YesNo, _) => wrong_type(Expected::Boolean),
        (AnswerKind::Choice(_), Value::String(text)) => unknown_value(key, text),
        (AnswerKind::Choice(_), _) => wrong_type(Expected::Text),
        (AnswerKind::List(_), Value::Array(items)) => items.iter().find_map(|item| match item {
            Value::String(text) => unknown_value(key, text),
            _ => wrong_type(Expected::ListOfText),
        }),
        (AnswerKind::List(_), _) => wrong_type(Expected::ListOfText),
    }
}

/// Asks the derive itself whether `text` is a value of `key`, so that the diagnosis accepts
/// exactly what the parser does, legacy ids included.
fn unknown_value(key: AnswerKey, text: &str) -> Option<AnswersError> {
    let value = match key.kind() {
        AnswerKind::List(_) => Value::Array(vec![Value::String(text.to_owned())]),
        _ => Value::String(text.to_owned()),
    };
    let one_key = Value::Object([(key.as_str().to_owned(), value)].into_iter().collect());
    serde_json::from_value::<Answers>(one_key)
        .is_err()
        .then(|| AnswersError::UnknownValue {
            key: key.as_str(),
            value: text.to_owned(),
        })
}
