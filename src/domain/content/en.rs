//! English texts. Written in plain words for a reading age of about 12 to 14; facts come
//! from the sources each rule, factor and tip cites.
use crate::domain::checker::answers::{
    AgeBand, AnswerKey, AnswerOption, ClotRisk, Condition, Duration, Frequency, Lifestyle,
    Location, Medicine, RedFlag, Symptom,
};
use crate::domain::checker::factors::{EvidenceStrength, FactorId, FactorKind};
use crate::domain::checker::flow::Step;
use crate::domain::checker::rules::{ArticleSection, RuleId, Source, TriageLevel};
use crate::domain::config::Panel;
use crate::domain::content::{
    asked, titled, Counted, Labels, LevelText, QuestionText, Texts, TitledText, Ui,
};
use crate::domain::date::{CalendarDate, DateError, DateStyle};
use crate::domain::diary::book::FormProblem;
use crate::domain::diary::entry::{
    DiaryError, EntryError, Relief, Side, MAX_DURATION_MIN, MAX_NOTE_CHARS, MAX_SCORE,
};
use crate::domain::diary::format::{ImportError, CSV_COLUMNS, MAX_IMPORT_BYTES};
use crate::domain::diary::stats::one_decimal;
use crate::domain::lock::vault::LockError;
use crate::domain::store::{StorageNotice, StoreError};
use crate::domain::tips::{TipCaution, TipId, WaitingAdvice};

pub struct English;

impl Texts for English {
    fn level(&self, level: TriageLevel) -> LevelText {
        match level {
            TriageLevel::Emergency => LevelText {
                headline: "Call {emergency_number} now",
                what_to_do: "Some of your answers can be signs of a serious problem that needs \
                    help right away. Do not wait to see if it gets better, and do not drive \
                    yourself.",
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
         have chest pain, trouble breathing, or a leg that suddenly turns cold and pale or blue, \
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
                "Leg suddenly cold, pale or blue",
                "A leg or foot that suddenly turns cold and pale or blue may not be getting \
                 enough blood, for example because a blood vessel is blocked. This needs \
                 treatment within hours.",
            ),
            RuleId::E3 => titled(
                "Bad pain with a swollen leg, or a tight cast",
                "Very bad pain in a swollen leg, or in a leg in a cast or tight bandage, can mean \
                 pressure is building up inside the muscle. Doctors call this compartment \
                 syndrome. Numbness or a colour change under a cast can also mean it is too \
                 tight. The muscle and nerves can be harmed within hours.",
            ),
            RuleId::E4 => titled(
                "Pain with numbness, weakness or a colour change",
                "Pain together with two or more of these signs can mean the blood supply to the \
                 leg is blocked: numbness, weakness, or skin that turns pale or blue. This is an \
                 emergency and needs treatment within hours.",
            ),
            RuleId::E5 => titled(
                "Stiff jaw or spasms after a wound",
                "A stiff jaw or muscle spasms after a cut, bite or other wound can be a sign of \
                 tetanus. Tetanus is a serious infection from germs that get into a wound. It \
                 needs emergency care.",
            ),
            RuleId::E6 => titled(
                "Brown or cola-coloured pee",
                "Pee that is brown or the colour of cola can mean that muscle is breaking down \
                 and may harm the kidneys. Doctors call this rhabdomyolysis. It needs emergency \
                 care.",
            ),
            RuleId::E7 => titled(
                "Back pain with numbness between the legs or bladder changes",
                "Back pain with numbness between the legs or new trouble holding your pee or \
                 poo can mean the nerves at the bottom of the spine are squeezed. Doctors call \
                 this cauda equina syndrome. It needs treatment straight away to protect the \
                 nerves.",
            ),
            RuleId::U1 => titled(
                "One leg swollen, red or warm",
                "Swelling, redness or warmth in one leg can be a sign of a blood clot in a deep \
                 vein of the leg. Doctors call this DVT (deep vein thrombosis). A doctor needs \
                 to check it today.",
            ),
            RuleId::U2 => titled(
                "Very bad pain that does not go away",
                "A cramp usually eases within minutes. Strong pain that stays after the cramp \
                 has gone may have another cause, so get it checked today.",
            ),
            RuleId::U3 => titled(
                "A cramp over 10 minutes that stretching did not ease",
                "Most cramps stop within a few minutes, and stretching helps them pass. A cramp \
                 that lasts longer than 10 minutes and does not ease with stretching should be \
                 checked today.",
            ),
            RuleId::U4 => titled(
                "Cramps after contact with a poison",
                "Contact with a poison such as lead can cause cramps and harm other parts of the \
                 body. A doctor should check you today.",
            ),
            RuleId::U5 => titled(
                "New numbness, tingling, weakness or a change in skin colour",
                "These signs may mean a problem with the nerves or the blood flow in your leg, \
                 so get checked today. If the numbness or weakness came on suddenly, or your \
                 face or an arm is affected too, call {emergency_number} now: it could be a \
                 stroke.",
            ),
            RuleId::U6 => titled(
                "Foot pain while resting",
                "Pain in the foot when you rest, often worse at night, can mean that very little \
                 blood is reaching your leg. This needs to be checked today.",
            ),
            RuleId::U7 => titled(
                "Muscle pain or weakness while taking a statin",
                "Rarely, statins can harm the muscles. Muscle pain, soreness or weakness that you \
                 cannot explain while taking a statin means contacting your doctor or pharmacist \
                 today. They will tell you whether to keep taking it.",
            ),
            RuleId::U8 => titled(
                "Pain that does not go away, with a higher chance of a clot",
                "A blood clot in a leg vein (DVT) can feel like a cramp that does not go away. \
                 Something in your answers makes a clot more likely, such as recent surgery, a \
                 long journey, pregnancy or a clot in the past. A doctor should check your leg \
                 today.",
            ),
            RuleId::U9 => titled(
                "Both legs swollen in pregnancy or after a birth",
                "Swelling in both legs while pregnant, or in the weeks after giving birth, can \
                 be a sign of pre-eclampsia, a problem with blood pressure. Call your midwife, \
                 doctor or maternity unit today.",
            ),
            RuleId::G1 => titled(
                "Cramps 3 or more nights a week",
                "Cramps this often are worth a visit to your doctor. The doctor can look for a \
                 cause that can be treated.",
            ),
            RuleId::G2 => titled(
                "Cramps spoil your sleep most weeks",
                "Cramps that wake you every week, or that you cannot say how often they come, \
                 affect your sleep, health and mood. A doctor can help find out what may be \
                 behind them and what may help.",
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
                "A health condition and regular cramps",
                "Some health conditions, such as diabetes or kidney disease, make cramps more \
                 likely. If you have one and get cramps every week, or cannot say how often, \
                 your doctor may want to check how it is going.",
            ),
            RuleId::G8 => titled(
                "Cramps keep coming despite self-care",
                "You have already tried stretching and drinking enough water, and you still \
                 get cramps twice a week or more. A doctor can look for other causes.",
            ),
            RuleId::G9 => titled(
                "A medicine linked with cramps",
                "You take a medicine that studies link with cramps, and you get cramps often or \
                 cannot say how often. Ask your doctor for a medicine review, and maybe a blood \
                 test for the salts in your blood. Keep taking your medicines as prescribed \
                 until you have talked to them.",
            ),
            RuleId::G10 => titled(
                "Night cramps with peripheral artery disease",
                "When the blood vessels in your legs are narrowed, pain in the feet or legs at \
                 night can mean the blood flow has got worse. Tell your doctor about it, even if \
                 the cramps are rare.",
            ),
            RuleId::G11 => titled(
                "A muscle getting thinner, or twitching",
                "Muscles that get thinner, or that twitch under the skin, are not part of normal \
                 cramps. They can point to a nerve or muscle problem that a doctor should check.",
            ),
            RuleId::G12 => titled(
                "Both legs swollen",
                "Swelling in both legs can come from the heart, the kidneys or some medicines, \
                 such as some blood pressure tablets. A doctor should find out why.",
            ),
            RuleId::G13 => titled(
                "A cramp over 10 minutes",
                "Most cramps last a few minutes. A cramp that lasts longer than 10 minutes is \
                 worth telling your doctor about, even if stretching eased it.",
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
                "Cramps get more common with age. Smaller muscles and changes in blood flow and \
                 nerves may play a part.",
            ),
            FactorId::Pregnancy => titled(
                "Pregnancy",
                "Cramps are common in pregnancy. Extra weight, changing hormones and pressure \
                 on nerves and blood vessels may play a part. Pregnancy also makes a blood clot \
                 a little more likely.",
            ),
            FactorId::ClotRisk(risk) => clot_risk(risk),
            FactorId::Lifestyle(habit) => lifestyle(habit),
            FactorId::Condition(condition) => self::condition(condition),
            FactorId::Medicine(medicine) => self::medicine(medicine),
        }
    }

    fn factor_kind(&self, kind: FactorKind) -> &'static str {
        match kind {
            FactorKind::Risk => "Things that raise your chance of cramps",
            FactorKind::ClotRisk => "Things that make a blood clot more likely",
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
                 calcium, which muscles use. A varied diet is good for you, though it is not \
                 proven to stop cramps. If you have kidney disease, ask your doctor which foods \
                 are right for you.",
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
                 of you. Lying this way may help stop the muscles from tightening at night.",
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
                 This may help loosen tight muscles.",
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
                 Start with a few and add more over time. Stronger, looser muscles may cramp \
                 less.",
            ),
            TipId::AskBeforeSupplements => titled(
                "Ask before taking supplements",
                "Some people try magnesium, calcium or vitamin B pills for cramps. A large review \
                 found that for most older adults, magnesium probably does not help. Ask your \
                 doctor or pharmacist before you take any supplement, to check that you need it \
                 and that it is safe with your other medicines.",
            ),
            TipId::ReviewMedicines => titled(
                "Ask about your medicines",
                "Some medicines can cause cramps as a side effect. Ask your doctor or pharmacist \
                 to check if one of yours could be part of the cause. Keep taking your medicines \
                 as prescribed until you have talked to them.",
            ),
        }
    }

    fn tip_caution(&self, caution: TipCaution) -> &'static str {
        match caution {
            TipCaution::PoorBloodFlow => {
                "Not for you without asking your doctor first: with poor blood flow in the legs, \
                 raising them can make it worse."
            }
            TipCaution::NumbSkin => {
                "Numb skin can burn without you feeling it. Test the water or the heat pad on \
                 your arm first."
            }
        }
    }

    fn waiting_advice(&self, advice: WaitingAdvice) -> &'static str {
        match advice {
            WaitingAdvice::RestAndWatch => {
                "Rest and keep the leg still. If you feel worse, or find it hard to breathe, call \
                 {emergency_number}."
            }
            WaitingAdvice::DoNotRub => {
                "Do not rub or massage the leg. If there is a clot, rubbing could move it."
            }
            WaitingAdvice::DoNotRubOrHeat => {
                "Do not rub the leg or put heat on it. A leg that is short of blood is easily \
                 harmed."
            }
        }
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Article => "Apollo patient article: Understanding Night Leg Cramps (2025)",
            Source::NiceCks => "NICE Clinical Knowledge Summary: Leg cramps",
            Source::Nhs => {
                "NHS: Leg cramps, DVT, peripheral arterial disease, tetanus, compartment \
                 syndrome, cauda equina syndrome, swollen ankles and legs, and statins"
            }
            Source::Mayo => "Mayo Clinic: Night leg cramps, and Rhabdomyolysis",
            Source::Afp => "American Family Physician: Nocturnal leg cramps (2012)",
            Source::Garrison2011 => {
                "Garrison and others: Medicines linked with leg cramps (Archives of Internal \
                 Medicine, 2012)"
            }
            Source::Mhra => {
                "MHRA, the UK medicines safety agency: Drug Safety Update on leg cramp treatment"
            }
            Source::Cochrane2020 => {
                "Cochrane review: Magnesium for muscle cramps (Garrison and others, 2020)"
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
            ArticleSection::WhenToSeeADoctor => "When to See a Doctor",
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
                "Tick any that are new or came on suddenly. Some of them need help straight away.",
            ),
            AnswerKey::Symptoms => asked(
                "Have you noticed any of these?",
                "Tick any that apply, even if they seem small.",
            ),
            AnswerKey::ClotRisks => asked(
                "Do any of these apply to you?",
                "These make a blood clot in a leg vein more likely.",
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
                RedFlag::SuddenColdPaleOrNumbLeg => {
                    "A leg or foot that suddenly turned cold and pale or blue"
                }
                RedFlag::OneLegSwollen => "Swelling in one leg only",
                RedFlag::LegRedOrWarm => "Skin on the leg that is red, warm or tender",
                RedFlag::SeverePersistentPain => {
                    "Very bad leg pain that stays after the cramp has eased"
                }
                RedFlag::SpasmsAfterWound => {
                    "A stiff jaw or spasms in the body after a cut, bite or wound in the last 3 \
                     weeks"
                }
                RedFlag::PoisonExposure => "Cramps after contact with a poison, such as lead",
                RedFlag::DarkUrine => "Pee that is brown or cola-coloured, not just dark yellow",
                RedFlag::BackPainWithSaddleOrBladderChange => {
                    "Back pain with numbness between the legs or around the bottom, or new \
                     trouble holding or passing pee or poo"
                }
            },
            AnswerOption::Symptom(symptom) => match symptom {
                Symptom::NumbnessOrTingling => {
                    "New numbness or pins and needles in the leg or foot"
                }
                Symptom::Weakness => "New weakness in the leg",
                Symptom::SkinDiscolouration => {
                    "Skin on the leg or foot that has newly changed colour"
                }
                Symptom::SorenessLastingDays => "Soreness that lasts for days after a cramp",
                Symptom::DifficultyWalking => "Trouble walking",
                Symptom::PainWalkingEasesWithRest => {
                    "Leg pain when walking that goes away when you rest"
                }
                Symptom::UrgeToMoveLegs => "A strong urge to move your legs when you rest",
                Symptom::FootPainAtRest => "Pain in the foot while resting or lying down",
                Symptom::MuscleWastingOrTwitching => {
                    "A leg muscle that is getting thinner, or twitches under the skin"
                }
                Symptom::BothLegsSwollen => "Swelling in both legs or both ankles",
            },
            AnswerOption::ClotRisk(risk) => match risk {
                ClotRisk::RecentSurgeryOrInjury => {
                    "An operation or a bad injury in the last 12 weeks"
                }
                ClotRisk::LegInCastOrTightBandage => "A leg in a plaster cast or a tight bandage",
                ClotRisk::LongJourneyOrBedRest => {
                    "A long journey, or a long time in bed, in the last few weeks"
                }
                ClotRisk::PreviousClot => "A blood clot in the past",
                ClotRisk::CancerTreatment => "Cancer, or treatment for cancer",
                ClotRisk::EstrogenPillOrHrt => {
                    "The combined pill, or HRT, with the hormone oestrogen"
                }
                ClotRisk::GaveBirthInLast6Weeks => "Gave birth in the last 6 weeks",
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
                Duration::Over10MinEased => "More than 10 minutes, but stretching eased it",
                Duration::Over10Min => "More than 10 minutes, and stretching did not ease it",
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
                Medicine::Nsaid => "An anti-inflammatory painkiller (NSAID), such as naproxen",
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
                Lifestyle::Alcohol => "I often drink alcohol",
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

    fn ui(&self, text: Ui) -> &'static str {
        match text {
            Ui::WidgetTitle => "Night leg cramps",
            Ui::LanguageLabel => "Language",
            Ui::SectionsLabel => "Sections",
            Ui::StorageOff => {
                "Your browser is not letting this site save anything, so your answers and \
                 diary will be lost when you close this page."
            }
            Ui::OpensInNewTab => " (opens in a new tab)",
            Ui::StepOf => "Step {number} of {total}",
            Ui::StepIntroRedFlags => {
                "Before anything else, we check for signs of a serious problem."
            }
            Ui::StepIntroSkippable => "You can skip any question you are not sure about.",
            Ui::RedFlagsMissing => {
                "Please choose any that apply, or choose \u{201c}None of these\u{201d}."
            }
            Ui::Or => "or",
            Ui::Back => "Back",
            Ui::Next => "Next",
            Ui::ReviewIntro => {
                "Make sure these are right before you see your result. You can change any of \
                 them."
            }
            Ui::SeeMyResult => "See my result",
            Ui::Change => "Change",
            Ui::ChangeAnswersAbout => " your answers about: {topic}",
            Ui::NotAnswered => "Not answered",
            Ui::BasedOnAnswers => "Based on your answers on {date}.",
            Ui::NothingNeedsADoctor => {
                "None of your answers point to a problem that needs a doctor."
            }
            Ui::FactorsDoNotChangeResult => {
                "These can make cramps more likely. They do not change your result."
            }
            Ui::SeeAllTips => "See all tips",
            Ui::StartAgainConfirm => "Start again? This clears all your answers.",
            Ui::YesClearAnswers => "Yes, clear my answers",
            Ui::NoKeepAnswers => "No, keep my answers",
            Ui::ChangeMyAnswers => "Change my answers",
            Ui::StartAgain => "Start again",
            Ui::LastCheckOn => "Your last check on {date}: ",
            Ui::SeeTheResult => "See the result",
            Ui::StartNewCheck => "Start a new check",
            Ui::CheckerInvite => {
                "Answer a few short questions to find out whether you should see a doctor."
            }
            Ui::TipsTitle => "Tips to prevent cramps",
            Ui::TipsIntro => "Simple things you can do at home to have fewer cramps.",
            Ui::OrderedForYou => "Ordered for you, based on your check on {date}. ",
            Ui::MatchingTipsFirst => "Tips that match your answers come first.",
            Ui::CheckSaid => "Your check on {date} said: ",
            Ui::DoThatFirst => {
                ". If you have not done that yet, do it first. These tips do not replace it."
            }
            Ui::AboutMedicines => "About medicines",
            Ui::CarouselRole => "carousel",
            Ui::CarouselLabel => "Tips to prevent night cramps",
            Ui::SlideRole => "slide",
            Ui::SlidePosition => "{number} of {count}",
            Ui::TipNumber => "Tip {position}",
            Ui::MatchesYourAnswers => "Matches your answers",
            Ui::PreviousTip => "Previous tip",
            Ui::NextTip => "Next tip",
            Ui::StartSlideShow => "Start automatic slide show",
            Ui::StopSlideShow => "Stop automatic slide show",
            Ui::ReducedMotionNote => {
                "The slide show is off because your device is set to reduce motion."
            }
            Ui::SummaryTitle => "Summary for your doctor",
            Ui::SelfReported => "Self-reported by the patient",
            Ui::LastTwelveWeeks => "The last 12 weeks",
            Ui::AllEntries => "All entries",
            Ui::SummaryFoot => "The patient wrote this diary in their own browser. It is a record to talk about, not a diagnosis.",
            Ui::NoEntriesYet => "No entries yet",
            Ui::PeriodCovered => "Period covered",
            Ui::MadeOn => "Made on",
            Ui::Clinic => "Clinic",
            Ui::Print => "Print",
            Ui::BackToDiary => "Back to the diary",
            Ui::LastCheck => "Last check",
            Ui::NoCheckYet => "No check has been done in this browser yet.",
            Ui::LastCheckOnDate => "Last check, on {date}",
            Ui::MedicinesTicked => "Medicines ticked",
            Ui::Result => "Result",
            Ui::NoneTicked => "None ticked.",
            Ui::DateRange => "{from} to {to}",
            Ui::NoCrampsInWeeks => "No cramps logged in these weeks.",
            Ui::ScoreOutOf => "{score} of {max}",
            Ui::AverageMinutes => "{minutes} minutes",
            Ui::CrampsLogged => "Cramps logged",
            Ui::CrampsOnNights => "{cramps} on {nights}",
            Ui::AverageLength => "Average length",
            Ui::AveragePain => "Average pain",
            Ui::AverageSleepDisturbance => "Average sleep disturbance",
            Ui::MostAffectedMuscle => "Most affected muscle",
            Ui::TriggersNoted => "Possible triggers you noted",
            Ui::NoneNoted => "None noted.",
            Ui::ChartCaption => "Nights with a cramp in each week. The dashed line marks {nights} nights a week, when it is worth seeing a doctor.",
            Ui::ShowTheNumbers => "Show the numbers",
            Ui::NoWeeksToShow => "No weeks to show.",
            Ui::ChartDescription => "Bar chart of nights with a cramp in each of the last {weeks} weeks, from the week of {first} to the week of {last}. {total} in total.",
            Ui::ChartBusiestWeek => " The most in one week was {nights}, in the week of {week}.",
            Ui::ChartThisWeek => " This week so far: {nights}.",
            Ui::ChartTableCaption => "Nights with a cramp, week by week",
            Ui::WeekStarting => "Week starting",
            Ui::NightsWithACramp => "Nights with a cramp",
            Ui::DeleteAllTitle => "Delete your whole diary?",
            Ui::DeleteAllWarning => "This removes all {entries} from this browser. It can't be undone. If you may need them later, go back and download a copy first.",
            Ui::YesDeleteEverything => "Yes, delete everything",
            Ui::NoKeepDiary => "No, keep my diary",
            Ui::ImportOneNight => "They are all from the night of {night}.",
            Ui::ImportNights => "They cover the nights from {first} to {last}.",
            Ui::ImportSkipped => " {entries} already in your diary will be skipped.",
            Ui::ImportTitle => "Import this diary file?",
            Ui::ImportNothingNew => "There is nothing new to import.",
            Ui::ImportWillAdd => "{entries} will be added.{skipped}",
            Ui::ImportChangesNothing => "Nothing in your diary is changed or removed.",
            Ui::ImportEntries => "Import {entries}",
            Ui::Cancel => "Cancel",
            Ui::YourCramps => "Your cramps",
            Ui::ShowMore => "Show {count} more",
            Ui::NotShown => "{entries} not shown",
            Ui::UnderAMinute => "Under a minute",
            Ui::PainScore => "Pain {score} of {max}",
            Ui::SleepScore => "Sleep disturbed {score} of {max}",
            Ui::PossibleTriggers => "Possible triggers: ",
            Ui::WhatHelpedList => "What helped: ",
            Ui::EditCrampOn => "Edit the cramp on {night}",
            Ui::Edit => "Edit",
            Ui::DeleteCrampOn => "Delete the cramp on {night}",
            Ui::Delete => "Delete",
            Ui::LogACramp => "Log a cramp",
            Ui::EditThisCramp => "Edit this cramp",
            Ui::WhereWasTheCramp => "Where was the cramp?",
            Ui::WhichLeg => "Which leg?",
            Ui::HowBadWasThePain => "How bad was the pain?",
            Ui::NoPain => "No pain",
            Ui::WorstPain => "Worst pain",
            Ui::HowMuchSleepDisturbed => "How much did it disturb your sleep?",
            Ui::NotAtAll => "Not at all",
            Ui::KeptMeAwake => "Kept me awake",
            Ui::AddMoreDetails => "Add more details (optional)",
            Ui::WhatSetItOff => "What might have set it off?",
            Ui::WhatHelped => "What helped?",
            Ui::Save => "Save",
            Ui::LastNight => "Last night",
            Ui::NightBefore => "Night before",
            Ui::WhichNight => "Which night?",
            Ui::OrChooseTheDate => "Or choose the date the night began",
            Ui::HowManyMinutes => "How many minutes did it last?",
            Ui::EnterZeroIfUnderAMinute => "Enter 0 if it was under a minute.",
            Ui::OneMinuteLess => "One minute less",
            Ui::OneMinuteMore => "One minute more",
            Ui::Note => "Note",
            Ui::NoteHint => "For example, what you did that day. Mention any swelling, redness or warmth in one leg.",
            Ui::CrampDiary => "Cramp diary",
            Ui::ChangesKeptOnPageOnly => "Changes you make now are kept on this page only.",
            Ui::StartNewDiary => "Start a new diary and replace the damaged one",
            Ui::Undo => "Undo",
            Ui::CrampSaved => "Cramp saved in your diary.",
            Ui::ChangesSaved => "Your changes are saved.",
            Ui::EntryDeleted => "Entry deleted.",
            Ui::EntryRestored => "The entry is back in your diary.",
            Ui::Imported => "Imported {entries}.",
            Ui::DiaryDeleted => "Your diary has been deleted from this browser.",
            Ui::NothingImported => "Nothing was imported. {problem}",
            Ui::DownloadFailed => "The browser would not make the file. Please try again.",
            Ui::UndoFailed => "The entry could not be put back. {problem}",
            Ui::DiaryIntro => "Note each cramp to spot patterns and show your doctor. Your diary stays in this browser on this device.",
            Ui::NoCrampsYet => "No cramps logged yet.",
            Ui::EmptyDiaryHint => "After a cramp, tap \u{201c}Log a cramp\u{201d}. It takes three taps: the night and a calf cramp are filled in for you.",
            Ui::YourLastTwelveWeeks => "Your last 12 weeks",
            Ui::YourDiaryData => "Your diary data",
            Ui::DiaryPrivacy => "Your diary is kept only in this browser on this device and is never sent anywhere. Other scripts on this website can read what the browser keeps, so use a device you trust. Download a copy to keep it safe or to move it to another device.",
            Ui::DownloadCsv => "Download CSV",
            Ui::DownloadJson => "Download JSON",
            Ui::DownloadHint => "CSV opens in a spreadsheet. JSON can be imported here again.",
            Ui::ImportAFile => "Import a diary file",
            Ui::ImportHint => "Choose a JSON file downloaded from this diary. You will see what it adds before anything changes.",
            Ui::DeleteYourDiary => "Delete your diary",
            Ui::DeleteAllHint => "This removes every entry from this browser. You will be asked to confirm.",
            Ui::DeleteEverything => "Delete everything",
            Ui::NewMedicine => "A new medicine",
            Ui::CrampNow => "Cramp now",
            Ui::CrampGuideTitle => "Ease the cramp",
            Ui::CrampClockLabel => "Time since it began",
            Ui::CrampMinutesSoFar => "{count} so far",
            Ui::CrampStepStretch => "Straighten your leg. Pull your toes up towards your knee.",
            Ui::CrampStepStand => "Stand up and press your foot flat on the floor. Then walk a few steps.",
            Ui::CrampStepRub => "Gently rub the tight muscle.",
            Ui::CrampRubCaution => "Do not rub the leg if it is swollen, red or warm. Get advice today.",
            Ui::CrampStepWarmth => "Afterwards, warmth can ease soreness: a warm bath or towel, not hot, and not on numb skin.",
            Ui::CrampEased => "It has eased",
            Ui::CrampDoNotLog => "Do not log it",
            Ui::Close => "Close",
            Ui::CrampAskEased => "Did it ease?",
            Ui::CrampAskEasedBody => "This timer began more than an hour ago, at {time}.",
            Ui::CrampLogIt => "Yes, log it",
            Ui::CrampBeganNote => "Began at {time}.",
            Ui::LockSectionTitle => "Lock the diary",
            Ui::LockIntro => "Lock the diary with a passphrase, so that other people using this device, and other scripts on this website, cannot read it.",
            Ui::LockTheDiary => "Lock the diary with a passphrase",
            Ui::LockForgetWarning => "Write the passphrase down somewhere safe. If you forget it, nobody can open the diary again, not even the clinic. The only way back is “Delete everything”, which deletes all your entries.",
            Ui::LockCopyFirst => "Download a copy of your diary first, in case the passphrase is ever lost.",
            Ui::NewPassphrase => "New passphrase",
            Ui::RepeatPassphrase => "Type the passphrase again",
            Ui::PassphraseHint => "At least 8 characters. A few words you will remember work well.",
            Ui::TurnOnLock => "Turn on the lock",
            Ui::LockOnStatus => "Your diary is stored locked. While it is open, it locks itself after 15 minutes without use, or 5 minutes after you leave this page.",
            Ui::LockNow => "Lock now",
            Ui::ChangePassphrase => "Change the passphrase",
            Ui::CurrentPassphrase => "Current passphrase",
            Ui::SaveNewPassphrase => "Save the new passphrase",
            Ui::TurnOffLock => "Turn the lock off",
            Ui::TurnOffConfirm => "Turn the lock off? Your diary will be stored without a passphrase, and anyone using this device could read it.",
            Ui::LockWorking => "Working… this takes a moment.",
            Ui::LockTurnedOn => "The diary is locked. You will need the passphrase to open it after you leave this page.",
            Ui::PassphraseChanged => "The passphrase has been changed.",
            Ui::LockTurnedOff => "The lock is off. Your diary is stored without a passphrase.",
            Ui::LockedNow => "The diary is locked.",
            Ui::LockNotChanged => "{problem} Nothing was changed.",
            Ui::PassphraseTooShort => "The passphrase needs at least 8 characters.",
            Ui::PassphrasesDiffer => "The two passphrases are not the same.",
            Ui::PassphraseEmpty => "Type your passphrase first.",
            Ui::DiaryLockedTitle => "Your diary is locked",
            Ui::UnlockIntro => "Type your passphrase to open your diary. The checker and the tips work without it.",
            Ui::Passphrase => "Passphrase",
            Ui::Unlock => "Unlock",
            Ui::ForgotPassphrase => "Forgot the passphrase? Nobody can open the diary without it. You can delete the locked diary and start a new one.",
            Ui::ForgetConfirm => "Delete the locked diary? All its entries, your last check and your answers in progress will be deleted. This cannot be undone.",
            Ui::ExportNotLocked => "These files are not locked: anyone who opens them can read your diary.",
            Ui::DownloadLockedBackup => "Download a locked backup",
            Ui::LockedBackupHint => "A locked backup opens only with your passphrase. You can import it here again.",
            Ui::LockedFileTitle => "This backup is locked",
            Ui::LockedFilePrompt => "Type the passphrase it was locked with. You will see what it adds before anything changes.",
            Ui::OpenFile => "Open the file",
            Ui::ResultWaitsForUnlock => "Your diary is locked, so this result is not saved yet. It will be saved when you unlock the diary.",
        }
    }

    fn count(&self, what: Counted, n: usize) -> String {
        let (one, many) = match what {
            Counted::Entry => ("entry", "entries"),
            Counted::NewEntry => ("new entry", "new entries"),
            Counted::OlderEntry => ("older entry", "older entries"),
            Counted::Cramp => ("cramp", "cramps"),
            Counted::Night => ("night", "nights"),
            Counted::Time => ("time", "times"),
            Counted::Minute => ("minute", "minutes"),
            Counted::CharacterLeft => ("character left", "characters left"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn side(&self, side: Side) -> &'static str {
        match side {
            Side::Left => "Left leg",
            Side::Right => "Right leg",
            Side::Both => "Both legs",
        }
    }

    fn side_choice(&self, side: Side) -> &'static str {
        match side {
            Side::Left => "Left",
            Side::Right => "Right",
            Side::Both => "Both",
        }
    }

    fn relief(&self, relief: Relief) -> &'static str {
        match relief {
            Relief::Stretching => "Stretching",
            Relief::Walking => "Walking about",
            Relief::Massage => "Massage",
            Relief::Heat => "Warmth",
            Relief::Cold => "Something cold",
            Relief::Water => "A drink of water",
            Relief::Nothing => "Nothing helped",
        }
    }

    fn storage_notice(&self, notice: &StorageNotice) -> String {
        match notice {
            StorageNotice::CorruptBackedUp => {
                "Your saved diary was damaged and could not be opened. A copy has been kept, and \
                 you can start a new diary."
            }
            StorageNotice::CorruptNotBackedUp => {
                "Your saved diary was damaged and could not be opened or copied. Saving a new \
                 diary would replace it."
            }
            StorageNotice::FutureVersion(_) => {
                "Your diary was saved by a newer version of this widget. Reload the page to see \
                 it; changes made here will not be saved."
            }
            StorageNotice::Unavailable => {
                "This browser is not letting the widget read saved data, so your diary can't be \
                 shown or saved here."
            }
            StorageNotice::LockDamaged { backed_up: true } => {
                "The locked diary is damaged or was changed, so it cannot be opened. A copy has \
                 been kept as it is, and you can start a new diary."
            }
            StorageNotice::LockDamaged { backed_up: false } => {
                "The locked diary is damaged or was changed, so it cannot be opened or copied. \
                 Saving a new diary would replace it."
            }
            StorageNotice::Locked => "Your diary is locked. Enter your passphrase to open it.",
        }
        .to_owned()
    }

    fn lock_error(&self, error: &LockError) -> String {
        match error {
            LockError::WrongPassphrase => {
                "That passphrase does not open the diary. Check it and try again."
            }
            LockError::Damaged(_) => {
                "The locked diary is damaged or was changed, so it cannot be opened. It has been \
                 kept as it is."
            }
            LockError::FutureVersion(_) => {
                "A newer version of this widget locked the diary. Reload the page to open it."
            }
            LockError::OtherKey => {
                "The passphrase was changed in another window. Enter the new passphrase."
            }
            LockError::NotLocked => "This file is not a locked backup.",
            LockError::Unavailable(_) => {
                "This page cannot use the browser's encryption, so the lock cannot work here."
            }
        }
        .to_owned()
    }

    fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::QuotaExceeded => {
                "This browser's storage for this site is full, so the change was not saved."
            }
            StoreError::Unavailable(_) => {
                "This browser is not letting the widget save anything here, so nothing will be \
                 kept after you leave."
            }
            StoreError::Failed(_) => "The browser could not save the change. Please try again.",
        }
        .to_owned()
    }

    fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::TooLarge { bytes } => format!(
                "This file is too large to be a diary export ({} MB; the limit is {} MB).",
                one_decimal(*bytes as f64 / (1024.0 * 1024.0)),
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            ImportError::NotADiary => "This file is not a cramp diary export.".to_owned(),
            ImportError::FutureVersion(version) => format!(
                "This file was made by a newer version of the widget (format {version}); reload \
                 the page and try again."
            ),
            ImportError::Damaged(detail) => format!(
                "This file is damaged or incomplete and can't be imported. Details: {detail}"
            ),
            ImportError::UnreadableEntry { number, detail } => {
                format!("Entry {number} in the file can't be read: {detail}")
            }
            ImportError::InvalidEntry { number, problem } => format!(
                "Entry {number} in the file can't be imported: {}",
                entry_error(problem)
            ),
        }
    }

    fn diary_error(&self, error: &DiaryError) -> String {
        match error {
            DiaryError::Invalid(problem) => entry_error(problem),
            DiaryError::DuplicateId(_) => "This entry is already in the diary.".to_owned(),
            DiaryError::NotFound(_) => {
                "This entry is no longer in the diary; it may have been deleted.".to_owned()
            }
        }
    }

    fn form_problem(&self, problem: &FormProblem) -> String {
        match problem {
            FormProblem::Night(problem) => format!("Check the night: {}", date_error(*problem)),
            FormProblem::Duration => "Enter how many minutes the cramp lasted as a whole number, \
                 or 0 if it was under a minute."
                .to_owned(),
            FormProblem::Entry(problem) => self.diary_error(problem),
            FormProblem::NotSaved(problem) => format!(
                "{} Your entry is still here. Try again, or free some space by downloading and \
                 deleting old entries.",
                self.store_error(problem)
            ),
        }
    }

    fn csv_header(&self) -> [&'static str; CSV_COLUMNS] {
        [
            "id",
            "night",
            "muscle",
            "side",
            "duration_min",
            "pain",
            "sleep_disturbance",
            "triggers",
            "helped",
            "note",
        ]
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::LastCheck => "Check your cramps",
            Step::RedFlags => "First, a quick safety check",
            Step::AboutYou => "About you",
            Step::HowOften => "How often and how long",
            Step::WhereAndSleep => "Where, and your sleep",
            Step::OtherSymptoms => "Other symptoms",
            Step::ClotRisks => "Blood clot risks",
            Step::Medicines => "Medicines",
            Step::Conditions => "Health conditions",
            Step::Habits => "Daily habits",
            Step::Review => "Check your answers",
            Step::Result => "Your result",
        }
    }

    fn level_badge(&self, level: TriageLevel) -> &'static str {
        match level {
            TriageLevel::Emergency => "Emergency",
            TriageLevel::Urgent => "Urgent: today",
            TriageLevel::Gp => "See your doctor",
            TriageLevel::SelfCare => "Self-care at home",
        }
    }

    fn panel_name(&self, panel: Panel) -> &'static str {
        match panel {
            Panel::Check => "Check",
            Panel::Tips => "Tips",
            Panel::Diary => "Diary",
        }
    }

    fn labels(&self) -> Labels {
        Labels {
            why_am_i_seeing_this: "Why am I seeing this?",
            sources: "Sources",
            reasons: "What we noticed",
            factors: "What may add to your cramps",
            tips: "Tips that may help",
            while_waiting: "While you wait for help",
            yes: "Yes",
            no: "No",
            not_sure: "Not sure",
            none_of_these: "None of these",
        }
    }

    fn note_warning(&self, warning: crate::domain::diary::notes::NoteWarning) -> TitledText {
        use crate::domain::diary::notes::NoteWarning;
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

/// Why an entry was refused, as the form and the import say it.
fn entry_error(error: &EntryError) -> String {
    match error {
        EntryError::NightInFuture => "The night can't be in the future.".to_owned(),
        EntryError::DurationTooLong => {
            format!("A cramp can be recorded as lasting {MAX_DURATION_MIN} minutes at most.")
        }
        EntryError::PainOutOfRange => format!("Pain must be a number from 0 to {MAX_SCORE}."),
        EntryError::SleepDisturbanceOutOfRange => {
            format!("Sleep disturbance must be a number from 0 to {MAX_SCORE}.")
        }
        EntryError::NoteTooLong { chars } => {
            format!("The note is too long: {chars} characters, and {MAX_NOTE_CHARS} is the limit.")
        }
        EntryError::RepeatedChoice(id) => format!("\"{id}\" is listed twice."),
    }
}

/// Why a date was refused; shown after "Check the night:".
fn date_error(error: DateError) -> String {
    match error {
        DateError::Malformed => {
            "A date must be written as YYYY-MM-DD, for example 2025-01-31.".to_owned()
        }
        DateError::NoSuchDay => "That day does not exist in the calendar.".to_owned(),
        DateError::OutOfRange => format!(
            "The date must be between the years {} and {}.",
            CalendarDate::MIN.year(),
            CalendarDate::MAX.year()
        ),
    }
}

fn clot_risk(risk: ClotRisk) -> TitledText {
    match risk {
        ClotRisk::RecentSurgeryOrInjury => titled(
            "An operation or injury in the last 12 weeks",
            "For about three months after an operation or a bad injury, a blood clot in the legs \
             is more likely.",
        ),
        ClotRisk::LegInCastOrTightBandage => titled(
            "A leg in a cast or tight bandage",
            "A leg that cannot move much is more likely to get a blood clot. A cast or bandage \
             that is too tight can also press on the muscle.",
        ),
        ClotRisk::LongJourneyOrBedRest => titled(
            "A long journey or a long time in bed",
            "Sitting still for hours, or staying in bed, slows the blood in the legs. This makes a \
             clot more likely.",
        ),
        ClotRisk::PreviousClot => titled(
            "A blood clot in the past",
            "People who have had a blood clot before are more likely to get another one.",
        ),
        ClotRisk::CancerTreatment => titled(
            "Cancer or its treatment",
            "Cancer and some cancer treatments make blood clots more likely.",
        ),
        ClotRisk::EstrogenPillOrHrt => titled(
            "The pill or HRT with oestrogen",
            "Medicines with the hormone oestrogen, such as the combined pill or HRT, make a blood \
             clot a little more likely.",
        ),
        ClotRisk::GaveBirthInLast6Weeks => titled(
            "A baby in the last 6 weeks",
            "In the weeks after giving birth, a blood clot is more likely. Cramps are also common \
             around pregnancy.",
        ),
    }
}

fn lifestyle(habit: Lifestyle) -> TitledText {
    match habit {
        Lifestyle::LowFluids => titled(
            "Not drinking enough",
            "Being short of water may play a part in cramps for some people. Studies do not \
             agree on how much it matters.",
        ),
        Lifestyle::LongStanding => titled(
            "Standing for long periods",
            "Standing for hours tires the leg muscles, and tired muscles may cramp more easily.",
        ),
        Lifestyle::LongSitting => titled(
            "Sitting for long periods",
            "Staying in one position for a long time keeps muscles short and tight. This may \
             make cramps more likely later.",
        ),
        Lifestyle::IntenseExercise => titled(
            "Hard exercise",
            "Muscles that have worked hard get tired. Tired muscles may be more likely to cramp, \
             even hours later at night.",
        ),
        Lifestyle::NoStretching => titled(
            "Not stretching",
            "Stretching keeps muscles loose. Skipping it may make cramps more likely.",
        ),
        Lifestyle::LowMineralDiet => titled(
            "Few mineral-rich foods",
            "Muscles use minerals such as magnesium, potassium and calcium. Eating few foods \
             that have them may play a part, though this is not proven.",
        ),
        Lifestyle::UnsupportiveFootwear => titled(
            "Shoes with little support",
            "Shoes that do not support your feet can strain the muscles in your feet and calves, \
             which may play a part.",
        ),
        Lifestyle::Sedentary => titled(
            "Not moving much during the day",
            "Muscles that are not used much get weaker. Weak muscles may cramp more easily, \
             mostly at night.",
        ),
        Lifestyle::Alcohol => titled(
            "Drinking alcohol",
            "Some studies link drinking alcohol, mostly often or a lot, with night cramps.",
        ),
    }
}

fn condition(condition: Condition) -> TitledText {
    match condition {
        Condition::Diabetes => titled(
            "Diabetes",
            "Over time, diabetes can harm the nerves and blood flow in the legs. This may play a \
             part in cramps.",
        ),
        Condition::PeripheralArteryDisease => titled(
            "Peripheral artery disease",
            "This means the blood vessels in the legs are narrowed. Less blood reaches the \
             muscles, so they may ache or cramp.",
        ),
        Condition::NerveDisorder => titled(
            "A nerve problem",
            "Damaged or squeezed nerves may send wrong signals to the muscles, which may make \
             them tighten on their own.",
        ),
        Condition::KidneyDisease => titled(
            "Kidney disease",
            "The kidneys keep the salts and minerals in your body in balance. Cramps are more \
             common in people with kidney disease.",
        ),
        Condition::LiverDisease => titled(
            "Liver disease",
            "Long-term liver disease makes muscle cramps more common. Your liver team can help \
             if they bother you.",
        ),
        Condition::ThyroidDisease => titled(
            "A thyroid problem",
            "The thyroid is a small gland in your neck that controls how your body uses energy. \
             Cramps are more common when it does not work as it should.",
        ),
    }
}

fn medicine(medicine: Medicine) -> TitledText {
    match medicine {
        Medicine::Diuretic => titled(
            "Water tablets (diuretics)",
            "These medicines make you pass more urine. A large study linked some kinds with \
             cramps, such as thiazide water tablets, but not others, such as furosemide.",
        ),
        Medicine::AsthmaInhalerLaba => titled(
            "Long-acting asthma inhaler",
            "Inhalers that keep the airways open for many hours had the strongest link with \
             cramps of any medicine in a large study.",
        ),
        Medicine::Statin => titled(
            "Statin for cholesterol",
            "Some people get muscle aches or cramps while taking a statin. Muscle pain, \
             tenderness or weakness that you cannot explain means contacting your doctor or \
             pharmacist today. They will tell you whether to keep taking it.",
        ),
        Medicine::CalciumChannelBlocker => titled(
            "Calcium channel blocker",
            "These medicines lower blood pressure. Cramps have been reported with some of them, \
             such as nifedipine.",
        ),
        Medicine::HormoneOrOsteoporosis => titled(
            "Hormone or bone medicine",
            "Studies link cramps with some hormone medicines and some medicines for thin bones.",
        ),
        Medicine::Nsaid => titled(
            "Anti-inflammatory painkiller",
            "Studies link cramps with some anti-inflammatory painkillers, such as naproxen.",
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
