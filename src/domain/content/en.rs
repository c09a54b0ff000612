//! English texts. Written in plain words for a reading age of about 12 to 14; facts come
//! from the sources each rule, factor and tip cites.
use super::{Labels, LevelText, QuestionText, Texts, TitledText};
use crate::domain::answers::{
    AgeBand, AnswerKey, AnswerOption, Condition, Duration, Frequency, Lifestyle, Location,
    Medicine, RedFlag, Symptom,
};
use crate::domain::assessment::{EvidenceStrength, FactorId, FactorKind};
use crate::domain::date::{CalendarDate, DateStyle};
use crate::domain::rules::{ArticleSection, RuleId, Source, TriageLevel};
use crate::domain::tips::TipId;

pub struct English;

const fn titled(title: &'static str, body: &'static str) -> TitledText {
    TitledText { title, body }
}

const fn asked(question: &'static str, hint: &'static str) -> QuestionText {
    QuestionText { question, hint }
}

impl Texts for English {
    fn level(&self, level: TriageLevel) -> LevelText {
        match level {
            TriageLevel::Emergency => LevelText {
                headline: "Call {emergency_number} now",
                what_to_do: "Some of your answers can be signs of a serious problem, such as a \
                    blood clot. You need help right away. Do not wait to see if it gets better, \
                    and do not drive yourself.",
                contact: Some("Call {emergency_number}"),
            },
            TriageLevel::Urgent => LevelText {
                headline: "Get medical advice today",
                what_to_do: "Some of your answers mean a doctor or nurse should check you today. \
                    Call your clinic or an urgent care service now. If you get worse, or find it \
                    hard to breathe, call {emergency_number}.",
                contact: Some("Call the clinic on {clinic_phone}"),
            },
            TriageLevel::Gp => LevelText {
                headline: "Book an appointment with your doctor",
                what_to_do: "This is not an emergency, but a doctor should look into your \
                    cramps. Book a normal appointment. Until then, the tips below may help.",
                contact: Some("Book an appointment"),
            },
            TriageLevel::SelfCare => LevelText {
                headline: "You can usually manage this at home",
                what_to_do: "Night leg cramps are common and are rarely a sign of anything \
                    serious. The tips below can help you get fewer cramps and ease them when \
                    they come. See a doctor if they get worse, come more often, or you notice \
                    anything new.",
                contact: None,
            },
        }
    }

    fn disclaimer(&self) -> &'static str {
        "This checker cannot tell you what is wrong, and it does not replace a doctor. If you \
         have chest pain, trouble breathing, or a leg that suddenly turns cold, pale or numb, \
         call {emergency_number} straight away."
    }

    fn rule(&self, rule: RuleId) -> TitledText {
        match rule {
            RuleId::E1 => titled(
                "Short of breath or chest pain",
                "Sudden trouble breathing or chest pain can mean a blood clot has moved to the \
                 lungs. This is an emergency and needs help right away.",
            ),
            RuleId::E2 => titled(
                "Leg suddenly cold, pale or numb",
                "A leg that suddenly turns cold, pale or numb may not be getting enough blood, \
                 for example because a blood vessel is blocked. This needs treatment within \
                 hours.",
            ),
            RuleId::U1 => titled(
                "One leg swollen, red or warm",
                "Swelling, redness or warmth in one leg can be a sign of a blood clot in a deep \
                 vein of the leg. Doctors call this DVT (deep vein thrombosis). A doctor needs \
                 to check it today.",
            ),
            RuleId::U2 => titled(
                "Very bad pain that does not go away",
                "A cramp usually eases within minutes. Strong pain that stays may have another \
                 cause, so get it checked today.",
            ),
            RuleId::U3 => titled(
                "A cramp that lasted more than 10 minutes",
                "Most cramps stop within a few minutes, and stretching helps them pass. A cramp \
                 that lasts longer than 10 minutes and does not ease with stretching should be \
                 checked today.",
            ),
            RuleId::U4 => titled(
                "Cramps after a wound or a poison",
                "Muscle spasms after a cut or wound can be a sign of tetanus, a serious \
                 infection caused by germs getting into the wound. Contact with a poison such \
                 as lead can also cause cramps. Both need to be checked today.",
            ),
            RuleId::U5 => titled(
                "Numbness, tingling, weakness or a change in skin colour",
                "These signs may mean a problem with the nerves or the blood flow in your leg. \
                 It is best to get checked straight away.",
            ),
            RuleId::U6 => titled(
                "Foot pain while resting",
                "Pain in the foot when you rest, often worse at night, can mean that very little \
                 blood is reaching your leg. This needs to be checked today.",
            ),
            RuleId::G1 => titled(
                "Cramps 3 or more nights a week",
                "Cramps this often are worth a visit to your doctor. The doctor can look for a \
                 cause that can be treated.",
            ),
            RuleId::G2 => titled(
                "Cramps are spoiling your sleep",
                "Poor sleep affects your health and mood. A doctor can help find out what is \
                 causing the cramps and what may help.",
            ),
            RuleId::G3 => titled(
                "Soreness for days or trouble walking",
                "A normal cramp can leave the muscle sore for a few hours. Soreness that lasts \
                 for days, or trouble walking, may point to a muscle or nerve problem that a \
                 doctor should check.",
            ),
            RuleId::G4 => titled(
                "Leg pain when walking that goes away with rest",
                "Pain that comes on while you walk and stops when you rest is not a usual \
                 cramp. It can be a sign of narrowed blood vessels in the legs, called \
                 peripheral artery disease. A doctor can check the blood flow in your legs.",
            ),
            RuleId::G5 => titled(
                "A strong urge to move your legs",
                "An urge to move your legs when you rest, which eases when you move, may be \
                 restless legs syndrome rather than cramp. This is a different condition, and \
                 a doctor can help with it.",
            ),
            RuleId::G6 => titled(
                "Cramps began after a new medicine",
                "Some medicines can cause cramps as a side effect. Your doctor or pharmacist \
                 can check if your medicine plays a part. Keep taking it as prescribed until \
                 you have talked to them.",
            ),
            RuleId::G7 => titled(
                "A health condition and weekly cramps",
                "Some health conditions, such as diabetes or kidney disease, make cramps more \
                 likely. If you have one and get cramps every week, your doctor may want to \
                 check how it is going.",
            ),
            RuleId::G8 => titled(
                "Cramps keep coming despite self-care",
                "You have already tried stretching and drinking enough water, and you still \
                 get cramps twice a week or more. A doctor can look for other causes.",
            ),
            RuleId::A1 => titled(
                "This checker is made for adults",
                "The questions and advice here are for adults. Leg pain in children and \
                 teenagers can have other causes, so please talk to a doctor or nurse.",
            ),
        }
    }

    fn factor(&self, factor: FactorId) -> TitledText {
        match factor {
            FactorId::Age50Plus => titled(
                "Age 50 or over",
                "Cramps get more common with age. Muscles get smaller, and blood flow and nerves \
                 work less well than before.",
            ),
            FactorId::Pregnancy => titled(
                "Pregnancy",
                "Cramps are common in pregnancy. Extra weight, changing hormones and pressure \
                 on nerves and blood vessels all play a part.",
            ),
            FactorId::Lifestyle(habit) => lifestyle(habit),
            FactorId::Condition(condition) => self::condition(condition),
            FactorId::Medicine(medicine) => self::medicine(medicine),
        }
    }

    fn factor_kind(&self, kind: FactorKind) -> &'static str {
        match kind {
            FactorKind::Risk => "Things that raise your chance of cramps",
            FactorKind::Lifestyle => "Daily habits",
            FactorKind::Condition => "Health conditions",
            FactorKind::Medicine => "Medicines",
        }
    }

    fn evidence(&self, strength: EvidenceStrength) -> &'static str {
        match strength {
            EvidenceStrength::Strong => "Strong link in studies",
            EvidenceStrength::Moderate => "Some link in studies",
            EvidenceStrength::Reported => "Reported in some people",
            EvidenceStrength::Weak => "Weak link",
        }
    }

    fn medicine_caution(&self) -> &'static str {
        "Do not stop or change a medicine yourself. Ask the doctor, nurse or pharmacist who \
         prescribed it."
    }

    fn quinine_guardrail(&self) -> &'static str {
        "Quinine is no longer a routine treatment for leg cramps. It can cause serious side \
         effects, so medicine safety experts advise against its everyday use."
    }

    fn tip(&self, tip: TipId) -> TitledText {
        match tip {
            TipId::CalfStretch => titled(
                "Stretch your calves before bed",
                "Stand facing a wall with one foot behind the other. Keep the back heel on the \
                 floor and lean forward until you feel a gentle pull in the calf. Hold for about \
                 30 seconds, then switch legs.",
            ),
            TipId::WarmBathBeforeBed => titled(
                "Have a warm bath or shower before bed",
                "Warm water helps tight muscles relax. A warm bath or shower shortly before bed \
                 may make cramps less likely in the night.",
            ),
            TipId::HamstringStretch => titled(
                "Stretch the backs of your thighs",
                "Sit with one leg straight out in front of you and gently reach toward your \
                 toes. Stop when you feel a mild pull behind the thigh and hold for about 30 \
                 seconds. Then do the other leg.",
            ),
            TipId::DrinkWater => titled(
                "Drink water through the day",
                "Sip water often instead of drinking a lot at once. Drink more on hot days and \
                 when you exercise. If a doctor has told you to limit drinks, follow that advice.",
            ),
            TipId::MineralRichFoods => titled(
                "Eat foods full of minerals",
                "Bananas, leafy greens, nuts and dairy foods give you magnesium, potassium and \
                 calcium. Your muscles need these minerals to work well. If you have kidney \
                 disease, ask your doctor which foods are right for you.",
            ),
            TipId::SupportiveFootwear => titled(
                "Wear shoes with good support",
                "Choose shoes that fit well and hold up the arch of your foot. Try not to wear \
                 flat, thin or high-heeled shoes for long periods.",
            ),
            TipId::BreakUpSittingStanding => titled(
                "Break up long sitting or standing",
                "Change position at least once an hour. If you sit a lot, get up and walk \
                 around; if you stand a lot, sit down and stretch. Moving often keeps blood \
                 flowing to your leg muscles.",
            ),
            TipId::LegsRaisedInBed => titled(
                "Raise your legs a little in bed",
                "Put a pillow under your lower legs so they rest slightly higher than the rest \
                 of you. Lying this way may stop the muscles from tightening at night.",
            ),
            TipId::LooseBedcovers => titled(
                "Keep your bedcovers loose",
                "Tight or heavy covers can push your toes down, which shortens the calf muscle \
                 while you sleep. Untuck the sheets at the foot of the bed so your feet can \
                 point up.",
            ),
            TipId::Massage => titled(
                "Massage your legs",
                "Rub your calves and thighs with warm oil, or roll them slowly on a foam roller. \
                 This loosens tight muscles and helps blood flow.",
            ),
            TipId::WarmOrColdCompress => titled(
                "Try warmth or cold",
                "A warm towel or heat pad can relax a tight muscle. A cold pack wrapped in a \
                 cloth can ease soreness after a cramp. Never put ice straight on your skin.",
            ),
            TipId::DuringACramp => titled(
                "During a cramp, pull your toes up",
                "Straighten your leg and pull your toes up toward your knee. Then stand up and \
                 walk around, or shake the leg gently, until the cramp lets go.",
            ),
            TipId::GentleStrengthening => titled(
                "Make your calves and thighs stronger",
                "Simple moves like slow heel raises and gentle knee bends build up leg muscles. \
                 Start with a few and add more over time. Stronger muscles tire less, so they \
                 cramp less.",
            ),
            TipId::AskBeforeSupplements => titled(
                "Ask before taking supplements",
                "Some people wonder about magnesium, calcium or vitamin B pills for cramps. Talk \
                 to your doctor or pharmacist before you take any of them. They can check if you \
                 need them and if they are safe with your other medicines.",
            ),
            TipId::ReviewMedicines => titled(
                "Ask about your medicines",
                "Some medicines can cause cramps as a side effect. Ask your doctor or pharmacist \
                 to check if one of yours could be part of the cause. Keep taking your medicines \
                 as prescribed until you have talked to them.",
            ),
        }
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Article => "Apollo patient article: Understanding Night Leg Cramps (2025)",
            Source::NiceCks => "NICE Clinical Knowledge Summary: Leg cramps",
            Source::Nhs => "NHS: Leg cramps, DVT and peripheral arterial disease",
            Source::Mayo => "Mayo Clinic: Night leg cramps",
            Source::Afp => "American Family Physician: Nocturnal leg cramps (2012)",
            Source::Garrison2011 => {
                "Garrison and others: Medicines linked with leg cramps (Archives of Internal \
                 Medicine, 2012)"
            }
            Source::Mhra => {
                "MHRA, the UK medicines safety agency: Drug Safety Update on leg cramp treatment"
            }
        }
    }

    fn article_section(&self, section: ArticleSection) -> &'static str {
        match section {
            ArticleSection::LifestyleFactors => "Lifestyle Factors Contributing to Cramps",
            ArticleSection::MedicalConditions => "Medical Conditions Linked to Leg Cramps",
            ArticleSection::MedicationSideEffects => "Potential Medication Side Effects",
            ArticleSection::RiskFactors => "Risk Factors",
            ArticleSection::LifestyleModifications => "Lifestyle Modifications",
            ArticleSection::MedicationsAndSupplements => "Medications and Supplements",
            ArticleSection::PhysicalTherapies => "Physical Therapies and Exercises",
            ArticleSection::StretchingAndMassage => "Stretching and massage techniques",
            ArticleSection::HydrationAndDiet => "Hydration and dietary tips",
            ArticleSection::SevereSymptoms => "Recognising Severe Symptoms",
            ArticleSection::PersistentCramps => "Understanding Persistent or Chronic Cramps",
        }
    }

    fn question(&self, key: AnswerKey) -> QuestionText {
        match key {
            AnswerKey::AgeBand => asked(
                "How old are you?",
                "If you are filling this in for someone else, answer for them.",
            ),
            AnswerKey::Pregnant => asked(
                "Are you pregnant?",
                "Cramps are more common during pregnancy.",
            ),
            AnswerKey::RedFlags => asked(
                "Do you have any of these right now?",
                "Tick any that apply. Some of them need help straight away.",
            ),
            AnswerKey::Symptoms => asked(
                "Have you noticed any of these?",
                "Tick any that apply, even if they seem small.",
            ),
            AnswerKey::Frequency => asked(
                "How often do you get leg cramps?",
                "Think about the last month.",
            ),
            AnswerKey::Duration => asked(
                "How long did your longest recent cramp last?",
                "Count from when it started until the muscle let go.",
            ),
            AnswerKey::Locations => asked(
                "Where do you get the cramps?",
                "Tick every place that cramps.",
            ),
            AnswerKey::SleepAffected => asked(
                "Do the cramps spoil your sleep?",
                "For example, they wake you up or stop you from falling asleep.",
            ),
            AnswerKey::SelfCareTried => asked(
                "Have you already tried stretching and drinking more water?",
                "Answer yes if you have done both most days for a few weeks.",
            ),
            AnswerKey::Conditions => asked(
                "Do you have any of these health conditions?",
                "Only tick the ones a doctor has told you about.",
            ),
            AnswerKey::Medicines => asked(
                "Do you take any of these medicines?",
                "Check your medicine boxes or repeat prescription if you are not sure.",
            ),
            AnswerKey::MedicineStartedRecently => asked(
                "Did the cramps start or get worse after you began a medicine?",
                "This helps your doctor see if a medicine could be part of the cause.",
            ),
            AnswerKey::Lifestyle => asked(
                "Do any of these fit your daily life?",
                "Tick any that are true most days.",
            ),
        }
    }

    fn option(&self, option: AnswerOption) -> &'static str {
        match option {
            AnswerOption::AgeBand(band) => match band {
                AgeBand::Under16 => "Under 16",
                AgeBand::From16To49 => "16 to 49",
                AgeBand::From50To64 => "50 to 64",
                AgeBand::From65Plus => "65 or older",
            },
            AnswerOption::RedFlag(flag) => match flag {
                RedFlag::BreathlessOrChestPain => "Sudden shortness of breath or chest pain",
                RedFlag::SuddenColdPaleOrNumbLeg => "A leg that suddenly turned cold, pale or numb",
                RedFlag::OneLegSwollen => "Swelling in one leg only",
                RedFlag::LegRedOrWarm => "Skin on the leg that is red, warm or tender",
                RedFlag::SeverePersistentPain => "Very bad leg pain that does not go away",
                RedFlag::WoundOrToxin => {
                    "Cramps after a cut or wound, or after contact with a poison such as lead"
                }
            },
            AnswerOption::Symptom(symptom) => match symptom {
                Symptom::NumbnessOrTingling => "Numbness or pins and needles in the leg or foot",
                Symptom::Weakness => "Weakness in the leg",
                Symptom::SkinDiscolouration => "Skin on the leg or foot that has changed colour",
                Symptom::SorenessLastingDays => "Soreness that lasts for days after a cramp",
                Symptom::DifficultyWalking => "Trouble walking",
                Symptom::PainWalkingEasesWithRest => {
                    "Leg pain when walking that goes away when you rest"
                }
                Symptom::UrgeToMoveLegs => "A strong urge to move your legs when you rest",
                Symptom::FootPainAtRest => "Pain in the foot while resting or lying down",
            },
            AnswerOption::Frequency(frequency) => match frequency {
                Frequency::FirstTime => "This is the first time",
                Frequency::LessThanWeekly => "Less than once a week",
                Frequency::OnceAWeek => "About once a week",
                Frequency::TwiceAWeek => "About twice a week",
                Frequency::ThreePlusPerWeek => "3 or more nights a week",
            },
            AnswerOption::Duration(duration) => match duration {
                Duration::Under1Min => "Less than 1 minute",
                Duration::OneTo10Min => "1 to 10 minutes",
                Duration::Over10Min => "More than 10 minutes, and stretching did not help",
            },
            AnswerOption::Location(location) => match location {
                Location::Calf => "Calf (back of the lower leg)",
                Location::Foot => "Foot",
                Location::Thigh => "Thigh",
            },
            AnswerOption::Condition(condition) => match condition {
                Condition::Diabetes => "Diabetes",
                Condition::PeripheralArteryDisease => {
                    "Peripheral artery disease (narrowed blood vessels in the legs)"
                }
                Condition::NerveDisorder => "A nerve problem, such as nerve damage",
                Condition::KidneyDisease => "Kidney disease",
                Condition::LiverDisease => "Liver disease",
                Condition::ThyroidDisease => "A thyroid problem",
            },
            AnswerOption::Medicine(medicine) => match medicine {
                Medicine::Diuretic => "Water tablets (diuretics)",
                Medicine::AsthmaInhalerLaba => {
                    "A long-acting asthma inhaler, such as salmeterol or formoterol"
                }
                Medicine::Statin => "A statin for cholesterol, such as atorvastatin",
                Medicine::CalciumChannelBlocker => {
                    "A calcium channel blocker for blood pressure, such as amlodipine"
                }
                Medicine::HormoneOrOsteoporosis => {
                    "A hormone medicine, or a medicine for thin bones (osteoporosis)"
                }
                Medicine::BetaBlocker => "A beta blocker, such as bisoprolol or atenolol",
                Medicine::Antidepressant => "An antidepressant",
                Medicine::Other => "Another medicine",
            },
            AnswerOption::Lifestyle(habit) => match habit {
                Lifestyle::LowFluids => "I often do not drink much",
                Lifestyle::LongStanding => "I stand for long periods",
                Lifestyle::LongSitting => "I sit for long periods",
                Lifestyle::IntenseExercise => "I do hard exercise",
                Lifestyle::NoStretching => "I rarely stretch",
                Lifestyle::LowMineralDiet => "I eat few fruits, vegetables, nuts or dairy foods",
                Lifestyle::UnsupportiveFootwear => "My shoes give my feet little support",
                Lifestyle::Sedentary => "I am not very active",
            },
        }
    }

    fn date(&self, date: CalendarDate, style: DateStyle, locale: &str) -> String {
        let month = MONTHS[date.month() as usize - 1];
        let (day, year) = (date.day(), date.year());
        let weekday = WEEKDAYS[date.weekday() as usize];
        if month_first(locale) {
            match style {
                DateStyle::Long => format!("{month} {day}, {year}"),
                DateStyle::Full => format!("{weekday}, {} {day}, {year}", &month[..3]),
                DateStyle::Day => format!("{weekday}, {} {day}", &month[..3]),
                DateStyle::Short => format!("{} {day}", &month[..3]),
            }
        } else {
            match style {
                DateStyle::Long => format!("{day} {month} {year}"),
                DateStyle::Full => format!("{weekday} {day} {} {year}", &month[..3]),
                DateStyle::Day => format!("{weekday} {day} {}", &month[..3]),
                DateStyle::Short => format!("{day} {}", &month[..3]),
            }
        }
    }

    fn labels(&self) -> Labels {
        Labels {
            why_am_i_seeing_this: "Why am I seeing this?",
            sources: "Sources",
            reasons: "What we noticed",
            factors: "What may add to your cramps",
            tips: "Tips that may help",
            yes: "Yes",
            no: "No",
            not_sure: "Not sure",
        }
    }

    fn note_warning(&self, warning: crate::domain::diary_notes::NoteWarning) -> TitledText {
        use crate::domain::diary_notes::NoteWarning;
        match warning {
            NoteWarning::ChestOrBreathing => titled(
                "Chest pain or trouble breathing",
                "Chest pain or sudden trouble breathing can mean a blood clot has moved to the \
                 lungs. Call {emergency_number} now.",
            ),
            NoteWarning::ColdOrPaleLeg => titled(
                "A cold, pale or numb leg",
                "A leg or foot that suddenly turns cold, pale, blue or numb may not be getting \
                 enough blood. Call {emergency_number} now. Do not rub the leg or put heat on it.",
            ),
            NoteWarning::DarkUrine => titled(
                "Dark brown pee",
                "Pee that is brown or the colour of cola can mean that muscle is breaking down. \
                 This needs care right away, so call {emergency_number}. Dark yellow pee on its \
                 own usually means you need to drink more.",
            ),
            NoteWarning::StiffJawOrSpasmsAfterWound => titled(
                "A stiff jaw or spasms after a wound",
                "A stiff jaw, or spasms in the body after a cut, bite or other wound, can be a \
                 sign of tetanus. This is an emergency: call {emergency_number} now.",
            ),
            NoteWarning::NumbBottomOrBladderTrouble => titled(
                "Numbness between the legs or bladder trouble",
                "Numbness between the legs or around the bottom, or new trouble holding or \
                 passing pee or poo, can mean the nerves at the base of the spine are pressed. \
                 This is most likely with back pain. Call {emergency_number} now.",
            ),
            NoteWarning::OneLegSwelling => titled(
                "Swelling in one leg",
                "A swollen leg can be a sign of a blood clot in a deep vein (DVT), mostly when \
                 only one leg is swollen. A doctor needs to check it today. Do not rub or \
                 massage the leg.",
            ),
            NoteWarning::RedOrWarmLeg => titled(
                "A red, hot or warm leg",
                "Redness or warmth in the leg can be a sign of a blood clot or an infection. A \
                 doctor needs to check it today. Do not rub or massage the leg.",
            ),
            NoteWarning::NumbnessOrWeakness => titled(
                "New numbness, tingling or weakness",
                "These can mean a problem with the nerves or the blood flow in your leg, so get \
                 checked today. If it came on suddenly, or your face or an arm feels it too, \
                 call {emergency_number}.",
            ),
            NoteWarning::BothLegsSwelling => titled(
                "Swelling in both legs",
                "Swelling in both legs is rarely a clot. It can come from the heart, the \
                 kidneys or a medicine, such as some blood pressure tablets, so ask your doctor \
                 about it. If you are pregnant or had a baby in the last 6 weeks, get advice \
                 today.",
            ),
        }
    }

    fn quoted(&self, words: &str) -> String {
        format!("\u{201c}{words}\u{201d}")
    }

    fn nights_in_week(&self, nights: u8, week: &str) -> String {
        let nights = if nights == 1 {
            "1 night".to_owned()
        } else {
            format!("{nights} nights")
        };
        format!("{nights} in the week of {week}")
    }

    fn diary_alert_intro(&self) -> &'static str {
        "Your diary shows:"
    }

    fn diary_flags_heading(&self) -> &'static str {
        "What the diary flags"
    }

    fn diary_nothing_flagged(&self) -> &'static str {
        "Nothing in the last 12 weeks: no cramp over 10 minutes, no warning sign in the notes, \
         and no week with cramps on 3 or more nights."
    }
}

fn lifestyle(habit: Lifestyle) -> TitledText {
    match habit {
        Lifestyle::LowFluids => titled(
            "Not drinking enough",
            "When your body is short of water, the salts that muscles need get out of balance. \
             This makes cramps more likely.",
        ),
        Lifestyle::LongStanding => titled(
            "Standing for long periods",
            "Standing for hours tires the leg muscles. Tired muscles cramp more easily.",
        ),
        Lifestyle::LongSitting => titled(
            "Sitting for long periods",
            "Staying in one position for a long time keeps muscles short and tight. This can \
             lead to cramps later.",
        ),
        Lifestyle::IntenseExercise => titled(
            "Hard exercise",
            "Pushing your muscles hard can wear them out. Worn-out muscles are more likely to \
             cramp, even hours later at night.",
        ),
        Lifestyle::NoStretching => titled(
            "Not stretching",
            "Stretching keeps muscles loose. Skipping it, mostly before activity, makes cramps \
             more likely.",
        ),
        Lifestyle::LowMineralDiet => titled(
            "Few mineral-rich foods",
            "Muscles need minerals such as magnesium, potassium and calcium to work well. Eating \
             too little of them can make cramps more likely.",
        ),
        Lifestyle::UnsupportiveFootwear => titled(
            "Shoes with little support",
            "Shoes that do not support your feet can strain the muscles in your feet and calves.",
        ),
        Lifestyle::Sedentary => titled(
            "Not moving much during the day",
            "Muscles that are not used much get weaker. Weak muscles cramp more easily, mostly \
             at night.",
        ),
    }
}

fn condition(condition: Condition) -> TitledText {
    match condition {
        Condition::Diabetes => titled(
            "Diabetes",
            "Over time, diabetes can harm the nerves and blood flow in the legs. This can lead \
             to cramps.",
        ),
        Condition::PeripheralArteryDisease => titled(
            "Peripheral artery disease",
            "This means the blood vessels in the legs are narrowed. Less blood reaches the \
             muscles, so they may ache or cramp.",
        ),
        Condition::NerveDisorder => titled(
            "A nerve problem",
            "Damaged or squeezed nerves can send wrong signals to the muscles. This can make \
             them tighten on their own.",
        ),
        Condition::KidneyDisease => titled(
            "Kidney disease",
            "The kidneys keep the salts and minerals in your body in balance. When they do not \
             work well, cramps are more common.",
        ),
        Condition::LiverDisease => titled(
            "Liver disease",
            "Long-term liver disease makes muscle cramps more common. Your liver team can help \
             if they bother you.",
        ),
        Condition::ThyroidDisease => titled(
            "A thyroid problem",
            "The thyroid is a small gland in your neck that controls how your body uses energy. \
             When it is out of balance, it can upset the minerals your muscles need.",
        ),
    }
}

fn medicine(medicine: Medicine) -> TitledText {
    match medicine {
        Medicine::Diuretic => titled(
            "Water tablets (diuretics)",
            "These medicines make you pass more urine. This can lower the salts and minerals \
             your muscles need.",
        ),
        Medicine::AsthmaInhalerLaba => titled(
            "Long-acting asthma inhaler",
            "Inhalers that keep the airways open for many hours are linked with cramps in \
             studies.",
        ),
        Medicine::Statin => titled(
            "Statin for cholesterol",
            "Statins lower cholesterol, a fat in the blood. Some people get muscle aches or \
             cramps while taking them.",
        ),
        Medicine::CalciumChannelBlocker => titled(
            "Calcium channel blocker",
            "These medicines lower blood pressure. Some studies link them with cramps.",
        ),
        Medicine::HormoneOrOsteoporosis => titled(
            "Hormone or bone medicine",
            "Cramps have been reported with some hormone medicines and some medicines for thin \
             bones.",
        ),
        Medicine::BetaBlocker => titled(
            "Beta blocker",
            "These medicines slow the heart and lower blood pressure. Cramps are sometimes \
             reported with them, but the link is weak.",
        ),
        Medicine::Antidepressant => titled(
            "Antidepressant",
            "Some medicines for low mood have been linked with cramps, but the link is weak.",
        ),
        Medicine::Other => titled(
            "Another medicine",
            "Many medicines list cramps as a possible side effect. Your pharmacist can tell you \
             if yours is one of them.",
        ),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// In `Weekday` order, Monday first.
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// "March 11" in the United States, Canada and the Philippines (and for a bare `en`, as the
/// browsers' own English does); "11 March" everywhere else English is written.
fn month_first(locale: &str) -> bool {
    // The region subtag is two letters or three digits ("en-GB", "en-150"); a script subtag
    // ("en-Latn-GB") has four letters.
    let mut parts = locale.split(['-', '_']).skip(1);
    let is_region = |part: &&str| {
        part.len() == 2 || (part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()))
    };
    match parts.find(is_region) {
        Some(region) => ["US", "CA", "PH"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(region)),
        None => true,
    }
}
