//! Spanish texts, in neutral international Spanish and addressing the reader as "tú". Written
//! in plain words for a reading age of about 12 to 14; the meaning of every text is the one of
//! the English texts in `en.rs`, which follow the sources each rule, factor and tip cites.
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

pub struct Spanish;

impl Texts for Spanish {
    fn level(&self, level: TriageLevel) -> LevelText {
        match level {
            TriageLevel::Emergency => LevelText {
                headline: "Llama al {emergency_number} ahora",
                what_to_do: "Algunas de tus respuestas pueden ser señales de un problema grave \
                    que necesita ayuda enseguida. No esperes a ver si se te pasa, y no vayas \
                    conduciendo.",
                contact: Some("Llama al {emergency_number}"),
            },
            TriageLevel::Urgent => LevelText {
                headline: "Pide consejo médico hoy mismo",
                what_to_do: "Algunas de tus respuestas indican que un médico o una enfermera \
                    debe revisarte hoy. Llama ahora a tu clínica o a un servicio de atención \
                    urgente. Si empeoras, o te cuesta respirar, llama al {emergency_number}.",
                contact: Some("Llama a la clínica al {clinic_phone}"),
            },
            TriageLevel::Gp => LevelText {
                headline: "Pide una cita con tu médico",
                what_to_do: "No es una emergencia, pero un médico debería estudiar tus \
                    calambres. Pide una cita normal. Mientras tanto, los consejos de abajo \
                    pueden ayudarte.",
                contact: Some("Pide una cita"),
            },
            TriageLevel::SelfCare => LevelText {
                headline: "Normalmente puedes tratarlo en casa",
                what_to_do: "Los calambres nocturnos en las piernas son frecuentes y pocas veces \
                    son señal de algo grave. Los consejos de abajo pueden ayudarte a tener menos \
                    calambres y a aliviarlos cuando aparezcan. Ve al médico si empeoran, si \
                    aparecen más a menudo o si notas algo nuevo.",
                contact: None,
            },
        }
    }

    fn disclaimer(&self) -> &'static str {
        "Este cuestionario no puede decirte qué te pasa y no sustituye a un médico. Si tienes \
         dolor en el pecho, te cuesta respirar o una pierna se te pone de repente fría y pálida \
         o azulada, llama al {emergency_number} enseguida."
    }

    fn rule(&self, rule: RuleId) -> TitledText {
        match rule {
            RuleId::E1 => titled(
                "Falta de aire o dolor en el pecho",
                "La dificultad repentina para respirar o el dolor en el pecho pueden significar \
                 que un coágulo de sangre ha llegado a los pulmones. Es una emergencia y \
                 necesitas ayuda enseguida.",
            ),
            RuleId::E2 => titled(
                "Pierna fría, pálida o azulada de repente",
                "Una pierna o un pie que de repente se pone frío y pálido o azulado quizá no \
                 recibe bastante sangre. Una causa puede ser un vaso sanguíneo bloqueado. \
                 Necesita tratamiento en cuestión de horas.",
            ),
            RuleId::E3 => titled(
                "Dolor muy fuerte con la pierna hinchada, o un yeso apretado",
                "Un dolor muy fuerte en una pierna hinchada, o en una pierna con yeso o con un \
                 vendaje apretado, puede significar que está subiendo la presión dentro del \
                 músculo. Los médicos lo llaman síndrome compartimental. El entumecimiento o un \
                 cambio de color bajo el yeso también pueden indicar que está demasiado \
                 apretado. El músculo y los nervios pueden dañarse en cuestión de horas.",
            ),
            RuleId::E4 => titled(
                "Dolor con entumecimiento, debilidad o cambio de color",
                "El dolor con dos o más de estas señales puede indicar que el paso de la sangre a \
                 la pierna está bloqueado: entumecimiento, debilidad, o piel pálida o azulada. \
                 Es una emergencia y necesita tratamiento en cuestión de horas.",
            ),
            RuleId::E5 => titled(
                "Mandíbula rígida o espasmos después de una herida",
                "Una mandíbula rígida o espasmos musculares después de un corte, una mordedura u \
                 otra herida pueden ser señal de tétanos. El tétanos es una infección grave \
                 causada por gérmenes que entran en una herida. Necesita atención de emergencia.",
            ),
            RuleId::E6 => titled(
                "Orina marrón o del color de un refresco de cola",
                "Una orina marrón o del color de un refresco de cola puede significar que se está \
                 destruyendo tejido muscular, y eso puede dañar los riñones. Los médicos lo \
                 llaman rabdomiólisis. Necesita atención de emergencia.",
            ),
            RuleId::E7 => titled(
                "Dolor de espalda con entumecimiento entre las piernas o cambios en la vejiga",
                "El dolor de espalda con entumecimiento entre las piernas, o con problemas nuevos \
                 para aguantar la orina o las heces, puede indicar nervios comprimidos al final \
                 de la columna. Los médicos lo llaman síndrome de la cola de caballo. Necesita \
                 tratamiento enseguida para proteger los nervios.",
            ),
            RuleId::U1 => titled(
                "Una pierna hinchada, roja o caliente",
                "La hinchazón, el enrojecimiento o el calor en una pierna pueden ser señal de un \
                 coágulo de sangre en una vena profunda de la pierna. Los médicos lo llaman TVP \
                 (trombosis venosa profunda). Un médico tiene que revisarlo hoy.",
            ),
            RuleId::U2 => titled(
                "Dolor muy fuerte que no se va",
                "Un calambre suele aliviarse en pocos minutos. Un dolor fuerte que sigue cuando \
                 el calambre ya se ha ido puede tener otra causa, así que pide que te lo revisen \
                 hoy.",
            ),
            RuleId::U3 => titled(
                "Un calambre de más de 10 minutos que no se alivió al estirar",
                "La mayoría de los calambres se pasan en pocos minutos, y estirar ayuda a que se \
                 vayan. Un calambre que dura más de 10 minutos y no se alivia al estirar debe \
                 revisarse hoy.",
            ),
            RuleId::U4 => titled(
                "Calambres después del contacto con una sustancia tóxica",
                "El contacto con una sustancia tóxica, como el plomo, puede causar calambres y \
                 dañar otras partes del cuerpo. Un médico debería revisarte hoy.",
            ),
            RuleId::U5 => titled(
                "Entumecimiento, hormigueo, debilidad o cambio de color de la piel nuevos",
                "Estas señales pueden indicar un problema en los nervios o en la circulación de \
                 la pierna, así que pide que te revisen hoy. Si el entumecimiento o la debilidad \
                 empezaron de repente, o también notas afectados la cara o un brazo, llama al \
                 {emergency_number} ahora: podría ser un ictus (derrame cerebral).",
            ),
            RuleId::U6 => titled(
                "Dolor en el pie en reposo",
                "El dolor en el pie cuando descansas, a menudo peor por la noche, puede \
                 significar que llega muy poca sangre a la pierna. Hay que revisarlo hoy.",
            ),
            RuleId::U7 => titled(
                "Dolor o debilidad muscular mientras tomas una estatina",
                "En casos raros, las estatinas pueden dañar los músculos. Si tienes dolor, \
                 molestias o debilidad en los músculos sin explicación mientras tomas una \
                 estatina, habla hoy con tu médico o farmacéutico. Te dirán si debes seguir \
                 tomándola.",
            ),
            RuleId::U8 => titled(
                "Dolor que no se va, con más riesgo de coágulo",
                "Un coágulo de sangre en una vena de la pierna (TVP) puede sentirse como un \
                 calambre que no se va. Algo en tus respuestas hace más probable un coágulo, \
                 como una operación reciente, un viaje largo, un embarazo o un coágulo anterior. \
                 Un médico debería revisarte la pierna hoy.",
            ),
            RuleId::U9 => titled(
                "Las dos piernas hinchadas en el embarazo o después del parto",
                "La hinchazón en las dos piernas durante el embarazo, o en las semanas después \
                 del parto, puede ser señal de preeclampsia, un problema de presión arterial. \
                 Llama hoy a tu matrona, a tu médico o al servicio de maternidad.",
            ),
            RuleId::G1 => titled(
                "Calambres 3 o más noches a la semana",
                "Si tienes calambres tan a menudo, vale la pena ir al médico. El médico puede \
                 buscar una causa que se pueda tratar.",
            ),
            RuleId::G2 => titled(
                "Los calambres te quitan el sueño casi todas las semanas",
                "Los calambres que te despiertan cada semana, o que no sabes decir con qué \
                 frecuencia aparecen, afectan tu sueño, tu salud y tu ánimo. Un médico puede \
                 ayudarte a averiguar qué puede haber detrás y qué te puede ayudar.",
            ),
            RuleId::G3 => titled(
                "Dolor muscular durante días o dificultad para caminar",
                "Un calambre normal puede dejar el músculo dolorido unas horas. Si el dolor dura \
                 días, o te cuesta caminar, puede haber un problema en los músculos o los nervios \
                 que un médico debería revisar.",
            ),
            RuleId::G4 => titled(
                "Dolor en la pierna al caminar que se va con el descanso",
                "Un dolor que aparece al caminar y se va cuando descansas no es un calambre \
                 normal. Puede ser señal de vasos sanguíneos estrechados en las piernas, lo que \
                 se llama enfermedad arterial periférica. Un médico puede revisar la circulación \
                 de tus piernas.",
            ),
            RuleId::G5 => titled(
                "Ganas muy fuertes de mover las piernas",
                "Unas ganas de mover las piernas cuando descansas, que se alivian al moverte, \
                 pueden ser síndrome de piernas inquietas y no calambres. Es un problema \
                 distinto, y un médico puede ayudarte con él.",
            ),
            RuleId::G6 => titled(
                "Los calambres empezaron después de un medicamento nuevo",
                "Algunos medicamentos pueden causar calambres como efecto secundario. Tu médico o \
                 farmacéutico puede comprobar si tu medicamento influye. Sigue tomándolo como te \
                 lo indicaron hasta que hayas hablado con ellos.",
            ),
            RuleId::G7 => titled(
                "Un problema de salud y calambres frecuentes",
                "Algunos problemas de salud, como la diabetes o la enfermedad de los riñones, \
                 hacen más probables los calambres. Si tienes uno y te dan calambres cada semana, \
                 o no sabes decir con qué frecuencia, tu médico puede querer revisar cómo va.",
            ),
            RuleId::G8 => titled(
                "Los calambres siguen a pesar de cuidarte en casa",
                "Ya has intentado estirar y beber suficiente agua, y aún tienes calambres dos \
                 veces por semana o más. Un médico puede buscar otras causas.",
            ),
            RuleId::G9 => titled(
                "Un medicamento relacionado con los calambres",
                "Tomas un medicamento que los estudios relacionan con los calambres, y tienes \
                 calambres a menudo o no sabes decir con qué frecuencia. Pide a tu médico una \
                 revisión de tus medicamentos, y quizá un análisis para ver las sales de tu \
                 sangre. Sigue tomando tus medicamentos como te los indicaron hasta que hayas \
                 hablado con ellos.",
            ),
            RuleId::G10 => titled(
                "Calambres nocturnos con enfermedad arterial periférica",
                "Cuando los vasos sanguíneos de las piernas están estrechados, el dolor en los \
                 pies o las piernas por la noche puede significar que la circulación ha \
                 empeorado. Cuéntaselo a tu médico, aunque los calambres sean poco frecuentes.",
            ),
            RuleId::G11 => titled(
                "Un músculo que se hace más delgado, o que da pequeños saltos",
                "Los músculos que se vuelven más delgados, o que dan pequeños saltos bajo la \
                 piel, no forman parte de los calambres normales. Pueden indicar un problema de \
                 nervios o de músculos que un médico debería revisar.",
            ),
            RuleId::G12 => titled(
                "Las dos piernas hinchadas",
                "La hinchazón en las dos piernas puede venir del corazón, de los riñones o de \
                 algunos medicamentos, como algunas pastillas para la presión arterial. Un \
                 médico debería averiguar la causa.",
            ),
            RuleId::G13 => titled(
                "Un calambre de más de 10 minutos",
                "La mayoría de los calambres duran unos minutos. Vale la pena contarle a tu \
                 médico un calambre que dura más de 10 minutos, aunque se haya aliviado al \
                 estirar.",
            ),
            RuleId::A1 => titled(
                "Este cuestionario es para adultos",
                "Las preguntas y los consejos de aquí son para adultos. El dolor de piernas en \
                 niños y adolescentes puede tener otras causas, así que habla con un médico o una \
                 enfermera.",
            ),
        }
    }

    fn factor(&self, factor: FactorId) -> TitledText {
        match factor {
            FactorId::Age50Plus => titled(
                "50 años o más",
                "Los calambres son más frecuentes con la edad. Pueden influir unos músculos más \
                 pequeños y los cambios en la circulación y en los nervios.",
            ),
            FactorId::Pregnancy => titled(
                "Embarazo",
                "Los calambres son frecuentes en el embarazo. Pueden influir el peso extra, los \
                 cambios de hormonas y la presión sobre los nervios y los vasos sanguíneos. El \
                 embarazo también hace un poco más probable un coágulo de sangre.",
            ),
            FactorId::ClotRisk(risk) => clot_risk(risk),
            FactorId::Lifestyle(habit) => lifestyle(habit),
            FactorId::Condition(condition) => self::condition(condition),
            FactorId::Medicine(medicine) => self::medicine(medicine),
        }
    }

    fn factor_kind(&self, kind: FactorKind) -> &'static str {
        match kind {
            FactorKind::Risk => "Cosas que aumentan tu probabilidad de tener calambres",
            FactorKind::ClotRisk => "Cosas que hacen más probable un coágulo de sangre",
            FactorKind::Lifestyle => "Hábitos diarios",
            FactorKind::Condition => "Problemas de salud",
            FactorKind::Medicine => "Medicamentos",
        }
    }

    fn evidence(&self, strength: EvidenceStrength) -> &'static str {
        match strength {
            EvidenceStrength::Strong => "Relación fuerte en los estudios",
            EvidenceStrength::Moderate => "Cierta relación en los estudios",
            EvidenceStrength::Reported => "Descrito en algunas personas",
            EvidenceStrength::Weak => "Relación débil",
        }
    }

    fn medicine_caution(&self) -> &'static str {
        "No dejes de tomar ni cambies ningún medicamento por tu cuenta. Pregunta al médico, a la \
         enfermera o al farmacéutico que te lo recetó."
    }

    fn quinine_guardrail(&self) -> &'static str {
        "La quinina ya no es un tratamiento habitual para los calambres en las piernas. Puede \
         causar efectos secundarios graves, por eso los expertos en seguridad de los \
         medicamentos desaconsejan su uso cotidiano."
    }

    fn tip(&self, tip: TipId) -> TitledText {
        match tip {
            TipId::CalfStretch => titled(
                "Estira las pantorrillas antes de dormir",
                "Ponte de pie frente a una pared con un pie detrás del otro. Mantén el talón de \
                 atrás en el suelo e inclínate hacia adelante hasta notar un tirón suave en la \
                 pantorrilla. Aguanta unos 30 segundos y luego cambia de pierna.",
            ),
            TipId::WarmBathBeforeBed => titled(
                "Date un baño o una ducha tibia antes de dormir",
                "El agua tibia ayuda a relajar los músculos tensos. Un baño o una ducha tibia \
                 poco antes de acostarte puede hacer menos probables los calambres por la noche.",
            ),
            TipId::HamstringStretch => titled(
                "Estira la parte de atrás de los muslos",
                "Siéntate con una pierna estirada hacia adelante y lleva las manos con suavidad \
                 hacia los dedos del pie. Detente cuando notes un tirón suave detrás del muslo y \
                 aguanta unos 30 segundos. Luego haz lo mismo con la otra pierna.",
            ),
            TipId::DrinkWater => titled(
                "Bebe agua a lo largo del día",
                "Bebe sorbos de agua a menudo en lugar de mucha de una vez. Bebe más los días de \
                 calor y cuando hagas ejercicio. Si un médico te ha dicho que limites lo que \
                 bebes, sigue su consejo.",
            ),
            TipId::MineralRichFoods => titled(
                "Come alimentos ricos en minerales",
                "Los plátanos, las verduras de hoja verde, los frutos secos y los lácteos te dan \
                 magnesio, potasio y calcio, que usan los músculos. Una dieta variada es buena \
                 para ti, aunque no está demostrado que evite los calambres. Si tienes una \
                 enfermedad de los riñones, pregunta a tu médico qué alimentos te convienen.",
            ),
            TipId::SupportiveFootwear => titled(
                "Usa zapatos que sujeten bien el pie",
                "Elige zapatos de tu talla que sujeten el arco del pie. Intenta no usar durante \
                 mucho tiempo zapatos planos, de suela fina o de tacón alto.",
            ),
            TipId::BreakUpSittingStanding => titled(
                "Haz pausas si pasas mucho tiempo sentado o de pie",
                "Cambia de postura al menos una vez cada hora. Si pasas mucho tiempo sentado, \
                 levántate y camina un poco; si estás mucho de pie, siéntate y estira. Moverte a \
                 menudo ayuda a que la sangre siga llegando a los músculos de las piernas.",
            ),
            TipId::LegsRaisedInBed => titled(
                "Levanta un poco las piernas en la cama",
                "Pon una almohada bajo la parte baja de las piernas para que queden un poco más \
                 altas que el resto del cuerpo. Acostarte así puede ayudar a que los músculos no \
                 se tensen por la noche.",
            ),
            TipId::LooseBedcovers => titled(
                "Deja la ropa de cama suelta",
                "La ropa de cama apretada o pesada puede empujar los dedos de los pies hacia \
                 abajo, y eso acorta el músculo de la pantorrilla mientras duermes. Suelta las \
                 sábanas a los pies de la cama para que tus pies puedan quedar hacia arriba.",
            ),
            TipId::Massage => titled(
                "Date un masaje en las piernas",
                "Frota las pantorrillas y los muslos con aceite tibio, o pásalos despacio sobre \
                 un rodillo de espuma. Esto puede ayudar a soltar los músculos tensos.",
            ),
            TipId::WarmOrColdCompress => titled(
                "Prueba con calor o con frío",
                "Una toalla tibia o una almohadilla térmica puede relajar un músculo tenso. Una \
                 bolsa de frío envuelta en un paño puede aliviar el dolor después de un calambre. \
                 Nunca pongas hielo directamente sobre la piel.",
            ),
            TipId::DuringACramp => titled(
                "Durante un calambre, lleva los dedos del pie hacia arriba",
                "Estira la pierna y lleva los dedos del pie hacia la rodilla. Después ponte de pie \
                 y camina, o sacude la pierna con suavidad, hasta que se pase el calambre.",
            ),
            TipId::GentleStrengthening => titled(
                "Fortalece las pantorrillas y los muslos",
                "Movimientos sencillos, como levantar los talones despacio y doblar las rodillas \
                 con suavidad, fortalecen los músculos de las piernas. Empieza con unos pocos y \
                 añade más con el tiempo. Unos músculos más fuertes y flexibles pueden tener \
                 menos calambres.",
            ),
            TipId::AskBeforeSupplements => titled(
                "Pregunta antes de tomar suplementos",
                "Algunas personas prueban pastillas de magnesio, calcio o vitamina B para los \
                 calambres. Una gran revisión encontró que, en la mayoría de los adultos mayores, \
                 el magnesio probablemente no ayuda. Pregunta a tu médico o farmacéutico antes de \
                 tomar cualquier suplemento, para saber si lo necesitas y si es seguro junto con \
                 tus otros medicamentos.",
            ),
            TipId::ReviewMedicines => titled(
                "Pregunta por tus medicamentos",
                "Algunos medicamentos pueden causar calambres como efecto secundario. Pide a tu \
                 médico o farmacéutico que compruebe si alguno de los tuyos puede ser parte de la \
                 causa. Sigue tomando tus medicamentos como te los indicaron hasta que hayas \
                 hablado con ellos.",
            ),
        }
    }

    fn tip_caution(&self, caution: TipCaution) -> &'static str {
        match caution {
            TipCaution::PoorBloodFlow => {
                "No lo hagas sin preguntar antes a tu médico: si tienes mala circulación en las \
                 piernas, levantarlas puede empeorarla."
            }
            TipCaution::NumbSkin => {
                "La piel entumecida puede quemarse sin que lo notes. Prueba antes el agua o la \
                 almohadilla térmica en el brazo."
            }
        }
    }

    fn waiting_advice(&self, advice: WaitingAdvice) -> &'static str {
        match advice {
            WaitingAdvice::RestAndWatch => {
                "Descansa y mantén la pierna quieta. Si te sientes peor, o te cuesta respirar, \
                 llama al {emergency_number}."
            }
            WaitingAdvice::DoNotRub => {
                "No frotes ni masajees la pierna. Si hay un coágulo, frotarla podría moverlo."
            }
            WaitingAdvice::DoNotRubOrHeat => {
                "No frotes la pierna ni le pongas calor. Una pierna a la que le falta sangre se \
                 daña con facilidad."
            }
        }
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Article => {
                "Artículo para pacientes de Apollo: Understanding Night Leg Cramps (2025)"
            }
            Source::NiceCks => {
                "NICE, resumen de conocimiento clínico (Clinical Knowledge Summary): calambres en \
                 las piernas"
            }
            Source::Nhs => {
                "NHS: calambres en las piernas, TVP, enfermedad arterial periférica, tétanos, \
                 síndrome compartimental, síndrome de la cola de caballo, tobillos y piernas \
                 hinchados, y estatinas"
            }
            Source::Mayo => "Mayo Clinic: calambres nocturnos en las piernas, y rabdomiólisis",
            Source::Afp => "American Family Physician: calambres nocturnos en las piernas (2012)",
            Source::Garrison2011 => {
                "Garrison y otros: medicamentos relacionados con los calambres en las piernas \
                 (Archives of Internal Medicine, 2012)"
            }
            Source::Mhra => {
                "MHRA, la agencia británica de seguridad de los medicamentos: Drug Safety Update \
                 sobre el tratamiento de los calambres en las piernas"
            }
            Source::Cochrane2020 => {
                "Revisión Cochrane: el magnesio para los calambres musculares (Garrison y otros, \
                 2020)"
            }
        }
    }

    fn article_section(&self, section: ArticleSection) -> &'static str {
        match section {
            ArticleSection::LifestyleFactors => {
                "Factores del estilo de vida que contribuyen a los calambres"
            }
            ArticleSection::MedicalConditions => {
                "Enfermedades relacionadas con los calambres en las piernas"
            }
            ArticleSection::MedicationSideEffects => {
                "Posibles efectos secundarios de los medicamentos"
            }
            ArticleSection::RiskFactors => "Factores de riesgo",
            ArticleSection::LifestyleModifications => "Cambios en el estilo de vida",
            ArticleSection::MedicationsAndSupplements => "Medicamentos y suplementos",
            ArticleSection::PhysicalTherapies => "Terapias físicas y ejercicios",
            ArticleSection::StretchingAndMassage => "Técnicas de estiramiento y masaje",
            ArticleSection::HydrationAndDiet => "Consejos de hidratación y alimentación",
            ArticleSection::WhenToSeeADoctor => "Cuándo ir al médico",
            ArticleSection::SevereSymptoms => "Cómo reconocer los síntomas graves",
            ArticleSection::PersistentCramps => "Entender los calambres persistentes o crónicos",
        }
    }

    fn question(&self, key: AnswerKey) -> QuestionText {
        match key {
            AnswerKey::AgeBand => asked(
                "¿Cuántos años tienes?",
                "Si estás respondiendo por otra persona, contesta por ella.",
            ),
            AnswerKey::Pregnant => asked(
                "¿Estás embarazada?",
                "Los calambres son más frecuentes durante el embarazo.",
            ),
            AnswerKey::RedFlags => asked(
                "¿Tienes alguna de estas cosas ahora mismo?",
                "Marca las que sean nuevas o hayan empezado de repente. Algunas necesitan ayuda \
                 enseguida.",
            ),
            AnswerKey::Symptoms => asked(
                "¿Has notado alguna de estas cosas?",
                "Marca todas las que tengas, aunque parezcan poca cosa.",
            ),
            AnswerKey::ClotRisks => asked(
                "¿Te pasa alguna de estas cosas?",
                "Hacen más probable un coágulo de sangre en una vena de la pierna.",
            ),
            AnswerKey::Frequency => asked(
                "¿Con qué frecuencia te dan calambres en las piernas?",
                "Piensa en el último mes.",
            ),
            AnswerKey::Duration => asked(
                "¿Cuánto duró el calambre más largo que has tenido últimamente?",
                "Cuenta desde que empezó hasta que el músculo se relajó.",
            ),
            AnswerKey::Locations => asked(
                "¿Dónde te dan los calambres?",
                "Marca todos los sitios donde te dan.",
            ),
            AnswerKey::SleepAffected => asked(
                "¿Los calambres te quitan el sueño?",
                "Por ejemplo, te despiertan o no te dejan dormirte.",
            ),
            AnswerKey::SelfCareTried => asked(
                "¿Ya has intentado estirar y beber más agua?",
                "Responde que sí si has hecho las dos cosas casi todos los días durante unas \
                 semanas.",
            ),
            AnswerKey::Conditions => asked(
                "¿Tienes alguno de estos problemas de salud?",
                "Marca solo los que te haya dicho un médico.",
            ),
            AnswerKey::Medicines => asked(
                "¿Tomas alguno de estos medicamentos?",
                "Si tienes dudas, mira las cajas de tus medicamentos o tu receta.",
            ),
            AnswerKey::MedicineStartedRecently => asked(
                "¿Los calambres empezaron o empeoraron después de empezar a tomar un \
                 medicamento?",
                "Esto ayuda a tu médico a ver si un medicamento puede ser parte de la causa.",
            ),
            AnswerKey::Lifestyle => asked(
                "¿Alguna de estas cosas describe tu día a día?",
                "Marca las que sean ciertas casi todos los días.",
            ),
        }
    }

    fn option(&self, option: AnswerOption) -> &'static str {
        match option {
            AnswerOption::AgeBand(band) => match band {
                AgeBand::Under16 => "Menos de 16",
                AgeBand::From16To49 => "De 16 a 49",
                AgeBand::From50To64 => "De 50 a 64",
                AgeBand::From65Plus => "65 o más",
            },
            AnswerOption::RedFlag(flag) => match flag {
                RedFlag::BreathlessOrChestPain => "Falta de aire repentina o dolor en el pecho",
                RedFlag::SuddenColdPaleOrNumbLeg => {
                    "Una pierna o un pie que de repente se ha puesto frío y pálido o azulado"
                }
                RedFlag::OneLegSwollen => "Hinchazón en una sola pierna",
                RedFlag::LegRedOrWarm => "Piel de la pierna roja, caliente o dolorida al tocarla",
                RedFlag::SeverePersistentPain => {
                    "Dolor muy fuerte en la pierna que sigue aunque el calambre ya se ha aliviado"
                }
                RedFlag::SpasmsAfterWound => {
                    "Mandíbula rígida o espasmos en el cuerpo después de un corte, una mordedura o \
                     una herida en las últimas 3 semanas"
                }
                RedFlag::PoisonExposure => {
                    "Calambres después del contacto con una sustancia tóxica, como el plomo"
                }
                RedFlag::DarkUrine => {
                    "Orina marrón o del color de un refresco de cola, no solo amarillo oscuro"
                }
                RedFlag::BackPainWithSaddleOrBladderChange => {
                    "Dolor de espalda con entumecimiento entre las piernas o en las nalgas, o \
                     problemas nuevos para aguantar o expulsar la orina o las heces"
                }
            },
            AnswerOption::Symptom(symptom) => match symptom {
                Symptom::NumbnessOrTingling => {
                    "Entumecimiento u hormigueo nuevo en la pierna o el pie"
                }
                Symptom::Weakness => "Debilidad nueva en la pierna",
                Symptom::SkinDiscolouration => {
                    "Piel de la pierna o el pie que ha cambiado de color hace poco"
                }
                Symptom::SorenessLastingDays => {
                    "Dolor muscular que dura días después de un calambre"
                }
                Symptom::DifficultyWalking => "Dificultad para caminar",
                Symptom::PainWalkingEasesWithRest => {
                    "Dolor en la pierna al caminar que se va cuando descansas"
                }
                Symptom::UrgeToMoveLegs => {
                    "Ganas muy fuertes de mover las piernas cuando descansas"
                }
                Symptom::FootPainAtRest => "Dolor en el pie en reposo o al estar acostado",
                Symptom::MuscleWastingOrTwitching => {
                    "Un músculo de la pierna que se está haciendo más delgado, o que da pequeños \
                     saltos bajo la piel"
                }
                Symptom::BothLegsSwollen => "Hinchazón en las dos piernas o en los dos tobillos",
            },
            AnswerOption::ClotRisk(risk) => match risk {
                ClotRisk::RecentSurgeryOrInjury => {
                    "Una operación o una lesión grave en las últimas 12 semanas"
                }
                ClotRisk::LegInCastOrTightBandage => {
                    "Una pierna con yeso o con un vendaje apretado"
                }
                ClotRisk::LongJourneyOrBedRest => {
                    "Un viaje largo, o mucho tiempo en cama, en las últimas semanas"
                }
                ClotRisk::PreviousClot => "Un coágulo de sangre en el pasado",
                ClotRisk::CancerTreatment => "Cáncer, o tratamiento para el cáncer",
                ClotRisk::EstrogenPillOrHrt => {
                    "La píldora anticonceptiva combinada, o la terapia hormonal de la menopausia, \
                     con la hormona estrógeno"
                }
                ClotRisk::GaveBirthInLast6Weeks => "Un parto en las últimas 6 semanas",
            },
            AnswerOption::Frequency(frequency) => match frequency {
                Frequency::FirstTime => "Es la primera vez",
                Frequency::LessThanWeekly => "Menos de una vez a la semana",
                Frequency::OnceAWeek => "Más o menos una vez a la semana",
                Frequency::TwiceAWeek => "Más o menos dos veces a la semana",
                Frequency::ThreePlusPerWeek => "3 o más noches a la semana",
            },
            AnswerOption::Duration(duration) => match duration {
                Duration::Under1Min => "Menos de 1 minuto",
                Duration::OneTo10Min => "De 1 a 10 minutos",
                Duration::Over10MinEased => "Más de 10 minutos, pero se alivió al estirar",
                Duration::Over10Min => "Más de 10 minutos, y no se alivió al estirar",
            },
            AnswerOption::Location(location) => match location {
                Location::Calf => "Pantorrilla (parte de atrás de la pierna, bajo la rodilla)",
                Location::Foot => "Pie",
                Location::Thigh => "Muslo",
            },
            AnswerOption::Condition(condition) => match condition {
                Condition::Diabetes => "Diabetes",
                Condition::PeripheralArteryDisease => {
                    "Enfermedad arterial periférica (vasos sanguíneos estrechados en las piernas)"
                }
                Condition::NerveDisorder => "Un problema de nervios, como daño en los nervios",
                Condition::KidneyDisease => "Enfermedad de los riñones",
                Condition::LiverDisease => "Enfermedad del hígado",
                Condition::ThyroidDisease => "Un problema de tiroides",
            },
            AnswerOption::Medicine(medicine) => match medicine {
                Medicine::Diuretic => "Pastillas para orinar (diuréticos)",
                Medicine::AsthmaInhalerLaba => {
                    "Un inhalador para el asma de acción prolongada, como salmeterol o formoterol"
                }
                Medicine::Statin => "Una estatina para el colesterol, como la atorvastatina",
                Medicine::CalciumChannelBlocker => {
                    "Un bloqueador de los canales de calcio para la presión arterial, como el \
                     amlodipino"
                }
                Medicine::HormoneOrOsteoporosis => {
                    "Un medicamento hormonal, o un medicamento para los huesos débiles \
                     (osteoporosis)"
                }
                Medicine::Nsaid => "Un antiinflamatorio para el dolor (AINE), como el naproxeno",
                Medicine::BetaBlocker => "Un betabloqueante, como bisoprolol o atenolol",
                Medicine::Antidepressant => "Un antidepresivo",
                Medicine::Other => "Otro medicamento",
            },
            AnswerOption::Lifestyle(habit) => match habit {
                Lifestyle::LowFluids => "A menudo no bebo mucho",
                Lifestyle::LongStanding => "Paso mucho tiempo de pie",
                Lifestyle::LongSitting => "Paso mucho tiempo sentado",
                Lifestyle::IntenseExercise => "Hago ejercicio intenso",
                Lifestyle::NoStretching => "Casi nunca estiro",
                Lifestyle::LowMineralDiet => "Como pocas frutas, verduras, frutos secos o lácteos",
                Lifestyle::UnsupportiveFootwear => "Mis zapatos sujetan poco el pie",
                Lifestyle::Sedentary => "Me muevo poco",
                Lifestyle::Alcohol => "A menudo bebo alcohol",
            },
        }
    }

    fn ui(&self, text: Ui) -> &'static str {
        match text {
            Ui::WidgetTitle => "Calambres nocturnos en las piernas",
            Ui::LanguageLabel => "Idioma",
            Ui::SectionsLabel => "Secciones",
            Ui::StorageOff => {
                "Tu navegador no deja que este sitio guarde nada, así que tus respuestas y tu \
                 diario se perderán cuando cierres esta página."
            }
            Ui::OpensInNewTab => " (se abre en una pestaña nueva)",
            Ui::StepOf => "Paso {number} de {total}",
            Ui::StepIntroRedFlags => {
                "Antes de nada, comprobamos si hay señales de un problema grave."
            }
            Ui::StepIntroSkippable => {
                "Puedes saltarte cualquier pregunta sobre la que tengas dudas."
            }
            Ui::RedFlagsMissing => "Marca lo que tengas, o marca \u{ab}Nada de esto\u{bb}.",
            Ui::Or => "o",
            Ui::Back => "Atrás",
            Ui::Next => "Siguiente",
            Ui::ReviewIntro => {
                "Comprueba que todo esté bien antes de ver tu resultado. Puedes cambiar \
                 cualquier respuesta."
            }
            Ui::SeeMyResult => "Ver mi resultado",
            Ui::Change => "Cambiar",
            Ui::ChangeAnswersAbout => " tus respuestas sobre: {topic}",
            Ui::NotAnswered => "Sin responder",
            Ui::BasedOnAnswers => "Según tus respuestas del {date}.",
            Ui::NothingNeedsADoctor => {
                "Ninguna de tus respuestas apunta a un problema que necesite un médico."
            }
            Ui::FactorsDoNotChangeResult => {
                "Estas cosas pueden hacer más probables los calambres. No cambian tu resultado."
            }
            Ui::SeeAllTips => "Ver todos los consejos",
            Ui::StartAgainConfirm => "¿Empezar de nuevo? Se borrarán todas tus respuestas.",
            Ui::YesClearAnswers => "Sí, borrar mis respuestas",
            Ui::NoKeepAnswers => "No, conservar mis respuestas",
            Ui::ChangeMyAnswers => "Cambiar mis respuestas",
            Ui::StartAgain => "Empezar de nuevo",
            Ui::LastCheckOn => "Resultado de tu último cuestionario, del {date}: ",
            Ui::SeeTheResult => "Ver el resultado",
            Ui::StartNewCheck => "Hacer un cuestionario nuevo",
            Ui::CheckerInvite => {
                "Responde unas preguntas cortas para saber si deberías ir al médico."
            }
            Ui::TipsTitle => "Consejos para prevenir los calambres",
            Ui::TipsIntro => "Cosas sencillas que puedes hacer en casa para tener menos calambres.",
            Ui::OrderedForYou => "Ordenados para ti según tu cuestionario del {date}. ",
            Ui::MatchingTipsFirst => "Primero van los consejos que encajan con tus respuestas.",
            Ui::CheckSaid => "Tu cuestionario del {date} decía: ",
            Ui::DoThatFirst => {
                ". Si todavía no lo has hecho, hazlo primero. Estos consejos no lo sustituyen."
            }
            Ui::AboutMedicines => "Sobre los medicamentos",
            Ui::CarouselRole => "carrusel",
            Ui::CarouselLabel => "Consejos para prevenir los calambres nocturnos",
            Ui::SlideRole => "diapositiva",
            Ui::SlidePosition => "{number} de {count}",
            Ui::TipNumber => "Consejo {position}",
            Ui::MatchesYourAnswers => "Encaja con tus respuestas",
            Ui::PreviousTip => "Consejo anterior",
            Ui::NextTip => "Consejo siguiente",
            Ui::StartSlideShow => "Empezar a pasar los consejos solos",
            Ui::StopSlideShow => "Dejar de pasar los consejos solos",
            Ui::ReducedMotionNote => {
                "Los consejos no pasan solos porque tu dispositivo está configurado para reducir \
                 el movimiento."
            }
            Ui::SummaryTitle => "Resumen para tu médico",
            Ui::SelfReported => "Datos anotados por el propio paciente",
            Ui::LastTwelveWeeks => "Las últimas 12 semanas",
            Ui::AllEntries => "Todas las anotaciones",
            Ui::SummaryFoot => {
                "El paciente escribió este diario en su propio navegador. Es un registro para \
                 hablar de él en la consulta, no un diagnóstico."
            }
            Ui::NoEntriesYet => "Todavía no hay anotaciones",
            Ui::PeriodCovered => "Periodo que abarca",
            Ui::MadeOn => "Hecho el",
            Ui::Clinic => "Clínica",
            Ui::Print => "Imprimir",
            Ui::BackToDiary => "Volver al diario",
            Ui::LastCheck => "Último cuestionario",
            Ui::NoCheckYet => "Todavía no se ha hecho ningún cuestionario en este navegador.",
            Ui::LastCheckOnDate => "Último cuestionario, del {date}",
            Ui::MedicinesTicked => "Medicamentos marcados",
            Ui::Result => "Resultado",
            Ui::NoneTicked => "Ninguno marcado.",
            Ui::DateRange => "Del {from} al {to}",
            Ui::NoCrampsInWeeks => "No hay calambres anotados en estas semanas.",
            Ui::ScoreOutOf => "{score} de {max}",
            Ui::AverageMinutes => "{minutes} minutos",
            Ui::CrampsLogged => "Calambres anotados",
            Ui::CrampsOnNights => "{cramps} en {nights}",
            Ui::AverageLength => "Duración media",
            Ui::AveragePain => "Dolor medio",
            Ui::AverageSleepDisturbance => "Alteración media del sueño",
            Ui::MostAffectedMuscle => "Músculo más afectado",
            Ui::TriggersNoted => "Posibles desencadenantes que anotaste",
            Ui::NoneNoted => "Ninguno anotado.",
            Ui::ChartCaption => {
                "Noches con calambre en cada semana. La línea de rayas marca {nights} noches a la \
                 semana: a partir de ahí, vale la pena ir al médico."
            }
            Ui::ShowTheNumbers => "Mostrar los números",
            Ui::NoWeeksToShow => "No hay semanas que mostrar.",
            Ui::ChartDescription => {
                "Gráfico de barras de las noches con calambre en cada una de las últimas {weeks} \
                 semanas, desde la semana del {first} hasta la semana del {last}. {total} en \
                 total."
            }
            Ui::ChartBusiestWeek => {
                " El máximo en una semana fue {nights}, en la semana del {week}."
            }
            Ui::ChartThisWeek => " Esta semana, hasta ahora: {nights}.",
            Ui::ChartTableCaption => "Noches con calambre, semana a semana",
            Ui::WeekStarting => "Semana del",
            Ui::NightsWithACramp => "Noches con calambre",
            Ui::DeleteAllTitle => "¿Borrar todo tu diario?",
            Ui::DeleteAllWarning => {
                "Esto borra de este navegador todo tu diario ({entries}). No se puede deshacer. \
                 Si más adelante puedes necesitar tus datos, vuelve atrás y descarga antes una \
                 copia."
            }
            Ui::YesDeleteEverything => "Sí, borrar todo",
            Ui::NoKeepDiary => "No, conservar mi diario",
            Ui::ImportOneNight => "Todo corresponde a la noche del {night}.",
            Ui::ImportNights => "Cubren las noches del {first} al {last}.",
            Ui::ImportSkipped => " No volveremos a añadir {entries} que ya tienes en tu diario.",
            Ui::ImportTitle => "¿Importar este archivo de diario?",
            Ui::ImportNothingNew => "No hay nada nuevo que importar.",
            Ui::ImportWillAdd => "Añadiremos {entries}.{skipped}",
            Ui::ImportChangesNothing => "No se cambia ni se borra nada de tu diario.",
            Ui::ImportEntries => "Importar {entries}",
            Ui::Cancel => "Cancelar",
            Ui::YourCramps => "Tus calambres",
            Ui::ShowMore => "Mostrar {count} más",
            Ui::NotShown => "{entries} sin mostrar",
            Ui::UnderAMinute => "Menos de un minuto",
            Ui::PainScore => "Dolor {score} de {max}",
            Ui::SleepScore => "Alteración del sueño {score} de {max}",
            Ui::PossibleTriggers => "Posibles desencadenantes: ",
            Ui::WhatHelpedList => "Lo que ayudó: ",
            Ui::EditCrampOn => "Editar el calambre del {night}",
            Ui::Edit => "Editar",
            Ui::DeleteCrampOn => "Borrar el calambre del {night}",
            Ui::Delete => "Borrar",
            Ui::LogACramp => "Anotar un calambre",
            Ui::EditThisCramp => "Editar este calambre",
            Ui::WhereWasTheCramp => "¿Dónde fue el calambre?",
            Ui::WhichLeg => "¿En qué pierna?",
            Ui::HowBadWasThePain => "¿Cuánto te dolió?",
            Ui::NoPain => "Sin dolor",
            Ui::WorstPain => "El peor dolor",
            Ui::HowMuchSleepDisturbed => "¿Cuánto te alteró el sueño?",
            Ui::NotAtAll => "Nada",
            Ui::KeptMeAwake => "No me dejó dormir",
            Ui::AddMoreDetails => "Añadir más detalles (opcional)",
            Ui::WhatSetItOff => "¿Qué pudo provocarlo?",
            Ui::WhatHelped => "¿Qué te ayudó?",
            Ui::Save => "Guardar",
            Ui::LastNight => "Anoche",
            Ui::NightBefore => "Anteanoche",
            Ui::WhichNight => "¿Qué noche?",
            Ui::OrChooseTheDate => "O elige la fecha en que empezó la noche",
            Ui::HowManyMinutes => "¿Cuántos minutos duró?",
            Ui::EnterZeroIfUnderAMinute => "Escribe 0 si duró menos de un minuto.",
            Ui::OneMinuteLess => "Un minuto menos",
            Ui::OneMinuteMore => "Un minuto más",
            Ui::Note => "Nota",
            Ui::NoteHint => {
                "Por ejemplo, qué hiciste ese día. Menciona si notas hinchazón, enrojecimiento o \
                 calor en una pierna."
            }
            Ui::CrampDiary => "Diario de calambres",
            Ui::ChangesKeptOnPageOnly => {
                "Los cambios que hagas ahora solo se guardan en esta página."
            }
            Ui::StartNewDiary => "Empezar un diario nuevo y sustituir el dañado",
            Ui::Undo => "Deshacer",
            Ui::CrampSaved => "Calambre guardado en tu diario.",
            Ui::ChangesSaved => "Tus cambios están guardados.",
            Ui::EntryDeleted => "Anotación borrada.",
            Ui::EntryRestored => "La anotación ha vuelto a tu diario.",
            Ui::Imported => "Hemos importado {entries}.",
            Ui::DiaryDeleted => "Tu diario se ha borrado de este navegador.",
            Ui::NothingImported => "No se ha importado nada. {problem}",
            Ui::DownloadFailed => "El navegador no pudo crear el archivo. Inténtalo de nuevo.",
            Ui::UndoFailed => "No se pudo recuperar la anotación. {problem}",
            Ui::DiaryIntro => {
                "Anota cada calambre para descubrir patrones y enseñárselos a tu médico. Tu \
                 diario se queda en este navegador, en este dispositivo."
            }
            Ui::NoCrampsYet => "Todavía no has anotado ningún calambre.",
            Ui::EmptyDiaryHint => {
                "Después de un calambre, toca \u{ab}Anotar un calambre\u{bb}. Solo son tres \
                 toques: la noche y un calambre en la pantorrilla ya vienen marcados."
            }
            Ui::YourLastTwelveWeeks => "Tus últimas 12 semanas",
            Ui::YourDiaryData => "Los datos de tu diario",
            Ui::DiaryPrivacy => {
                "Tu diario se guarda solo en este navegador, en este dispositivo, y nunca se envía \
                 a ningún sitio. Otros programas de esta web pueden leer lo que guarda el \
                 navegador, así que usa un dispositivo de confianza. Descarga una copia para \
                 tenerla a salvo o para pasarla a otro dispositivo."
            }
            Ui::DownloadCsv => "Descargar CSV",
            Ui::DownloadJson => "Descargar JSON",
            Ui::DownloadHint => {
                "El CSV se abre en una hoja de cálculo. El JSON se puede volver a importar aquí."
            }
            Ui::ImportAFile => "Importar un archivo de diario",
            Ui::ImportHint => {
                "Elige un archivo JSON descargado de este diario. Verás lo que añade antes de que \
                 cambie nada."
            }
            Ui::DeleteYourDiary => "Borrar tu diario",
            Ui::DeleteAllHint => {
                "Esto borra todas las anotaciones de este navegador. Te pediremos que lo confirmes."
            }
            Ui::DeleteEverything => "Borrar todo",
            Ui::NewMedicine => "Un medicamento nuevo",
            Ui::CrampNow => "Calambre ahora",
            Ui::CrampGuideTitle => "Alivie el calambre",
            Ui::CrampClockLabel => "Tiempo desde que empezó",
            Ui::CrampMinutesSoFar => "{count} hasta ahora",
            Ui::CrampStepStretch => "Estire la pierna. Tire de los dedos del pie hacia la rodilla.",
            Ui::CrampStepStand => "Póngase de pie y apoye el pie plano en el suelo. Luego camine unos pasos.",
            Ui::CrampStepRub => "Frote con suavidad el músculo tenso.",
            Ui::CrampRubCaution => "No frote la pierna si está hinchada, roja o caliente. Pida consejo hoy.",
            Ui::CrampStepWarmth => "Después, el calor puede aliviar el dolor: un baño o una toalla tibios, no calientes, y nunca sobre piel adormecida.",
            Ui::CrampEased => "Ya se alivió",
            Ui::CrampDoNotLog => "No anotarlo",
            Ui::Close => "Cerrar",
            Ui::CrampAskEased => "¿Se alivió?",
            Ui::CrampAskEasedBody => "Este temporizador empezó hace más de una hora, a las {time}.",
            Ui::CrampLogIt => "Sí, anotarlo",
            Ui::CrampBeganNote => "Empezó a las {time}.",
            Ui::LockSectionTitle => "Bloquear el diario",
            Ui::LockIntro => "Bloquea el diario con una frase de contraseña para que otras personas que usen este dispositivo, y otros programas de este sitio web, no puedan leerlo.",
            Ui::LockTheDiary => "Bloquear el diario con una frase de contraseña",
            Ui::LockForgetWarning => "Apunta la frase de contraseña en un lugar seguro. Si la olvidas, nadie podrá volver a abrir el diario, ni siquiera la clínica. La única salida es «Borrar todo», que borra todas tus anotaciones.",
            Ui::LockCopyFirst => "Descarga antes una copia de tu diario, por si algún día pierdes la frase de contraseña.",
            Ui::NewPassphrase => "Nueva frase de contraseña",
            Ui::RepeatPassphrase => "Escribe la frase de contraseña otra vez",
            Ui::PassphraseHint => "Al menos 8 caracteres. Unas cuantas palabras que vayas a recordar funcionan bien.",
            Ui::TurnOnLock => "Activar el bloqueo",
            Ui::LockOnStatus => "Tu diario se guarda bloqueado. Mientras está abierto, se bloquea solo tras 15 minutos sin usarlo, o 5 minutos después de salir de esta página.",
            Ui::LockNow => "Bloquear ahora",
            Ui::ChangePassphrase => "Cambiar la frase de contraseña",
            Ui::CurrentPassphrase => "Frase de contraseña actual",
            Ui::SaveNewPassphrase => "Guardar la nueva frase de contraseña",
            Ui::TurnOffLock => "Quitar el bloqueo",
            Ui::TurnOffConfirm => "¿Quitar el bloqueo? Tu diario se guardará sin frase de contraseña y cualquiera que use este dispositivo podrá leerlo.",
            Ui::LockWorking => "Un momento, por favor…",
            Ui::LockTurnedOn => "El diario está bloqueado. Necesitarás la frase de contraseña para abrirlo cuando vuelvas a esta página.",
            Ui::PassphraseChanged => "La frase de contraseña se ha cambiado.",
            Ui::LockTurnedOff => "El bloqueo está quitado. Tu diario se guarda sin frase de contraseña.",
            Ui::LockedNow => "El diario está bloqueado.",
            Ui::LockNotChanged => "{problem} No se ha cambiado nada.",
            Ui::PassphraseTooShort => "La frase de contraseña necesita al menos 8 caracteres.",
            Ui::PassphrasesDiffer => "Las dos frases de contraseña no son iguales.",
            Ui::PassphraseEmpty => "Escribe primero tu frase de contraseña.",
            Ui::DiaryLockedTitle => "Tu diario está bloqueado",
            Ui::UnlockIntro => "Escribe tu frase de contraseña para abrir tu diario. La comprobación y los consejos funcionan sin ella.",
            Ui::Passphrase => "Frase de contraseña",
            Ui::Unlock => "Desbloquear",
            Ui::ForgotPassphrase => "¿Has olvidado la frase de contraseña? Nadie puede abrir el diario sin ella. Puedes borrar el diario bloqueado y empezar uno nuevo.",
            Ui::ForgetConfirm => "¿Borrar el diario bloqueado? Se borrarán todas sus anotaciones, tu última comprobación y las respuestas que tengas a medias. No se puede deshacer.",
            Ui::ExportNotLocked => "Estos archivos no están bloqueados: cualquiera que los abra puede leer tu diario.",
            Ui::DownloadLockedBackup => "Descargar una copia bloqueada",
            Ui::LockedBackupHint => "Una copia bloqueada solo se abre con tu frase de contraseña. Puedes importarla aquí otra vez.",
            Ui::LockedFileTitle => "Esta copia está bloqueada",
            Ui::LockedFilePrompt => "Escribe la frase de contraseña con la que se bloqueó. Verás lo que añade antes de que cambie nada.",
            Ui::OpenFile => "Abrir el archivo",
            Ui::ResultWaitsForUnlock => "Tu diario está bloqueado, así que este resultado aún no se ha guardado. Se guardará cuando desbloquees el diario.",
        }
    }

    fn count(&self, what: Counted, n: usize) -> String {
        let (one, many) = match what {
            Counted::Entry => ("anotación", "anotaciones"),
            Counted::NewEntry => ("anotación nueva", "anotaciones nuevas"),
            Counted::OlderEntry => ("anotación más antigua", "anotaciones más antiguas"),
            Counted::Cramp => ("calambre", "calambres"),
            Counted::Night => ("noche", "noches"),
            Counted::Time => ("vez", "veces"),
            Counted::Minute => ("minuto", "minutos"),
            Counted::CharacterLeft => ("carácter restante", "caracteres restantes"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn side(&self, side: Side) -> &'static str {
        match side {
            Side::Left => "Pierna izquierda",
            Side::Right => "Pierna derecha",
            Side::Both => "Las dos piernas",
        }
    }

    fn side_choice(&self, side: Side) -> &'static str {
        match side {
            Side::Left => "Izquierda",
            Side::Right => "Derecha",
            Side::Both => "Las dos",
        }
    }

    fn relief(&self, relief: Relief) -> &'static str {
        match relief {
            Relief::Stretching => "Estirar",
            Relief::Walking => "Caminar un poco",
            Relief::Massage => "Un masaje",
            Relief::Heat => "Calor",
            Relief::Cold => "Algo frío",
            Relief::Water => "Un vaso de agua",
            Relief::Nothing => "Nada me ayudó",
        }
    }

    fn storage_notice(&self, notice: &StorageNotice) -> String {
        match notice {
            StorageNotice::CorruptBackedUp => {
                "Tu diario guardado estaba dañado y no se pudo abrir. Hemos guardado una copia, y \
                 puedes empezar un diario nuevo."
            }
            StorageNotice::CorruptNotBackedUp => {
                "Tu diario guardado estaba dañado y no se pudo abrir ni copiar. Si guardas un \
                 diario nuevo, sustituirá al dañado."
            }
            StorageNotice::FutureVersion(_) => {
                "Tu diario lo guardó una versión más nueva de esta herramienta. Vuelve a cargar la \
                 página para verlo; los cambios que hagas aquí no se guardarán."
            }
            StorageNotice::Unavailable => {
                "Este navegador no deja que la herramienta lea los datos guardados, así que tu \
                 diario no se puede mostrar ni guardar aquí."
            }
            StorageNotice::LockDamaged { backed_up: true } => {
                "El diario bloqueado está dañado o fue modificado, así que no se puede abrir. Se \
                 ha guardado una copia tal como está y puedes empezar un diario nuevo."
            }
            StorageNotice::LockDamaged { backed_up: false } => {
                "El diario bloqueado está dañado o fue modificado, así que no se puede abrir ni \
                 copiar. Guardar un diario nuevo lo reemplazaría."
            }
            StorageNotice::Locked => {
                "Tu diario está bloqueado. Escribe tu frase de contraseña para abrirlo."
            }
        }
        .to_owned()
    }

    fn lock_error(&self, error: &LockError) -> String {
        match error {
            LockError::WrongPassphrase => {
                "Esa frase de contraseña no abre el diario. Revísala y vuelve a intentarlo."
            }
            LockError::Damaged(_) => {
                "El diario bloqueado está dañado o fue modificado, así que no se puede abrir. Se \
                 ha guardado tal como está."
            }
            LockError::FutureVersion(_) => {
                "Una versión más nueva de esta herramienta bloqueó el diario. Vuelve a cargar la \
                 página para abrirlo."
            }
            LockError::OtherKey => {
                "La frase de contraseña se cambió en otra ventana. Escribe la nueva."
            }
            LockError::NotLocked => "Este archivo no es una copia bloqueada.",
            LockError::Unavailable(_) => {
                "Esta página no puede usar el cifrado del navegador, así que el bloqueo no \
                 funciona aquí."
            }
        }
        .to_owned()
    }

    fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::QuotaExceeded => {
                "El espacio de este navegador para este sitio está lleno, así que el cambio no se \
                 ha guardado."
            }
            StoreError::Unavailable(_) => {
                "Este navegador no deja que la herramienta guarde nada aquí, así que no se \
                 conservará nada cuando salgas."
            }
            StoreError::Failed(_) => "El navegador no pudo guardar el cambio. Inténtalo de nuevo.",
        }
        .to_owned()
    }

    fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::TooLarge { bytes } => format!(
                "Este archivo es demasiado grande para ser una copia del diario ({} MB; el límite \
                 es {} MB).",
                one_decimal(*bytes as f64 / (1024.0 * 1024.0)),
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            ImportError::NotADiary => {
                "Este archivo no es una copia descargada de un diario de calambres.".to_owned()
            }
            ImportError::FutureVersion(version) => format!(
                "Este archivo lo creó una versión más nueva de la herramienta (formato \
                 {version}); vuelve a cargar la página e inténtalo de nuevo."
            ),
            ImportError::Damaged(detail) => format!(
                "Este archivo está dañado o incompleto y no se puede importar. Detalles técnicos \
                 (en inglés): {detail}"
            ),
            ImportError::UnreadableEntry { number, detail } => format!(
                "No se puede leer la anotación {number} del archivo. Detalles técnicos (en \
                 inglés): {detail}"
            ),
            ImportError::InvalidEntry { number, problem } => format!(
                "No se puede importar la anotación {number} del archivo: {}",
                entry_error(problem)
            ),
        }
    }

    fn diary_error(&self, error: &DiaryError) -> String {
        match error {
            DiaryError::Invalid(problem) => entry_error(problem),
            DiaryError::DuplicateId(_) => "Esta anotación ya está en el diario.".to_owned(),
            DiaryError::NotFound(_) => {
                "Esta anotación ya no está en el diario; puede que se haya borrado.".to_owned()
            }
        }
    }

    fn form_problem(&self, problem: &FormProblem) -> String {
        match problem {
            FormProblem::Night(problem) => format!("Revisa la noche: {}", date_error(*problem)),
            FormProblem::Duration => "Escribe con un número entero cuántos minutos duró el \
                 calambre, o 0 si duró menos de un minuto."
                .to_owned(),
            FormProblem::Entry(problem) => self.diary_error(problem),
            FormProblem::NotSaved(problem) => format!(
                "{} Tu anotación sigue aquí. Vuelve a intentarlo, o libera espacio descargando y \
                 borrando anotaciones antiguas.",
                self.store_error(problem)
            ),
        }
    }

    fn csv_header(&self) -> [&'static str; CSV_COLUMNS] {
        [
            "id",
            "noche",
            "músculo",
            "pierna",
            "minutos",
            "dolor",
            "sueño_alterado",
            "desencadenantes",
            "qué_ayudó",
            "nota",
        ]
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::LastCheck => "Revisa tus calambres",
            Step::RedFlags => "Primero, una comprobación rápida de seguridad",
            Step::AboutYou => "Sobre ti",
            Step::HowOften => "Con qué frecuencia y cuánto duran",
            Step::WhereAndSleep => "Dónde te dan y cómo duermes",
            Step::OtherSymptoms => "Otros síntomas",
            Step::ClotRisks => "Riesgo de coágulos de sangre",
            Step::Medicines => "Medicamentos",
            Step::Conditions => "Problemas de salud",
            Step::Habits => "Hábitos diarios",
            Step::Review => "Revisa tus respuestas",
            Step::Result => "Tu resultado",
        }
    }

    fn level_badge(&self, level: TriageLevel) -> &'static str {
        match level {
            TriageLevel::Emergency => "Emergencia",
            TriageLevel::Urgent => "Urgente: hoy",
            TriageLevel::Gp => "Ve a tu médico",
            TriageLevel::SelfCare => "Cuidados en casa",
        }
    }

    fn panel_name(&self, panel: Panel) -> &'static str {
        match panel {
            Panel::Check => "Chequeo",
            Panel::Tips => "Consejos",
            Panel::Diary => "Diario",
        }
    }

    /// "11 de marzo de 2026", "miércoles, 11 mar 2026", "miércoles, 11 mar", "11 mar": the
    /// same day-first order in every Spanish-speaking region, so `locale` is not needed.
    fn date(&self, date: CalendarDate, style: DateStyle, _locale: &str) -> String {
        let index = date.month() as usize - 1;
        let (month, short) = (MONTHS[index], SHORT_MONTHS[index]);
        let (day, year) = (date.day(), date.year());
        let weekday = WEEKDAYS[date.weekday() as usize];
        match style {
            DateStyle::Long => format!("{day} de {month} de {year}"),
            DateStyle::Full => format!("{weekday}, {day} {short} {year}"),
            DateStyle::Day => format!("{weekday}, {day} {short}"),
            DateStyle::Short => format!("{day} {short}"),
        }
    }

    fn labels(&self) -> Labels {
        Labels {
            why_am_i_seeing_this: "¿Por qué veo esto?",
            sources: "Fuentes",
            reasons: "Lo que hemos notado",
            factors: "Lo que puede influir en tus calambres",
            tips: "Consejos que pueden ayudarte",
            while_waiting: "Mientras esperas ayuda",
            yes: "Sí",
            no: "No",
            not_sure: "No lo sé",
            none_of_these: "Nada de esto",
        }
    }

    fn note_warning(&self, warning: crate::domain::diary::notes::NoteWarning) -> TitledText {
        use crate::domain::diary::notes::NoteWarning;
        match warning {
            NoteWarning::ChestOrBreathing => titled(
                "Dolor en el pecho o dificultad para respirar",
                "El dolor en el pecho o la dificultad repentina para respirar pueden significar \
                 que un coágulo de sangre ha llegado a los pulmones. Llama al {emergency_number} \
                 ahora.",
            ),
            NoteWarning::ColdOrPaleLeg => titled(
                "Una pierna fría, pálida o entumecida",
                "Una pierna o un pie que de repente se pone frío, pálido, azulado o entumecido \
                 quizá no recibe bastante sangre. Llama al {emergency_number} ahora. No frotes la \
                 pierna ni le pongas calor.",
            ),
            NoteWarning::DarkUrine => titled(
                "Orina marrón oscuro",
                "Una orina marrón o del color de un refresco de cola puede significar que se está \
                 destruyendo tejido muscular. Necesitas atención enseguida, así que llama al \
                 {emergency_number}. La orina amarilla oscura, sin nada más, suele significar que \
                 tienes que beber más.",
            ),
            NoteWarning::StiffJawOrSpasmsAfterWound => titled(
                "Mandíbula rígida o espasmos después de una herida",
                "Una mandíbula rígida, o espasmos en el cuerpo después de un corte, una mordedura \
                 u otra herida, pueden ser señal de tétanos. Es una emergencia: llama al \
                 {emergency_number} ahora.",
            ),
            NoteWarning::NumbBottomOrBladderTrouble => titled(
                "Entumecimiento entre las piernas o problemas con la vejiga",
                "El entumecimiento entre las piernas o en las nalgas, o los problemas nuevos para \
                 aguantar o expulsar orina o heces, pueden indicar nervios comprimidos al \
                 final de la columna. Es más probable si también tienes dolor de espalda. Llama \
                 al {emergency_number} ahora.",
            ),
            NoteWarning::OneLegSwelling => titled(
                "Hinchazón en una pierna",
                "Una pierna hinchada puede ser señal de un coágulo de sangre en una vena profunda \
                 (TVP), sobre todo si solo está hinchada una pierna. Un médico tiene que \
                 revisarla hoy. No frotes ni masajees la pierna.",
            ),
            NoteWarning::RedOrWarmLeg => titled(
                "Una pierna roja o caliente",
                "El enrojecimiento o el calor en la pierna pueden ser señal de un coágulo de \
                 sangre o de una infección. Un médico tiene que revisarla hoy. No frotes ni \
                 masajees la pierna.",
            ),
            NoteWarning::NumbnessOrWeakness => titled(
                "Entumecimiento, hormigueo o debilidad nuevos",
                "Pueden indicar un problema en los nervios o en la circulación de la pierna, así \
                 que pide que te revisen hoy. Si empezó de repente, o también lo notas en la cara \
                 o en un brazo, llama al {emergency_number}.",
            ),
            NoteWarning::BothLegsSwelling => titled(
                "Hinchazón en las dos piernas",
                "La hinchazón en las dos piernas pocas veces se debe a un coágulo. Puede venir del \
                 corazón, de los riñones o de un medicamento, como algunas pastillas para la \
                 presión arterial, así que pregunta a tu médico. Si estás embarazada o has dado a \
                 luz en las últimas 6 semanas, pide consejo hoy.",
            ),
        }
    }

    fn quoted(&self, words: &str) -> String {
        format!("\u{ab}{words}\u{bb}")
    }

    fn nights_in_week(&self, nights: u8, week: &str) -> String {
        let nights = self.count(Counted::Night, usize::from(nights));
        format!("{nights} en la semana del {week}")
    }

    fn diary_alert_intro(&self) -> &'static str {
        "Tu diario muestra:"
    }

    fn diary_flags_heading(&self) -> &'static str {
        "Lo que señala el diario"
    }

    fn diary_nothing_flagged(&self) -> &'static str {
        "Nada en las últimas 12 semanas: ningún calambre de más de 10 minutos, ninguna señal de \
         alarma en las notas y ninguna semana con calambres 3 o más noches."
    }
}

/// Why an entry breaks a diary rule; shown alone, or after the number of an imported entry.
fn entry_error(error: &EntryError) -> String {
    match error {
        EntryError::NightInFuture => "La noche no puede ser una fecha futura.".to_owned(),
        EntryError::DurationTooLong => {
            format!("En el diario, un calambre puede durar {MAX_DURATION_MIN} minutos como máximo.")
        }
        EntryError::PainOutOfRange => {
            format!("El dolor tiene que ser un número del 0 al {MAX_SCORE}.")
        }
        EntryError::SleepDisturbanceOutOfRange => {
            format!("La alteración del sueño tiene que ser un número del 0 al {MAX_SCORE}.")
        }
        EntryError::NoteTooLong { chars } => format!(
            "La nota es demasiado larga: tiene {chars} caracteres, y el límite es \
             {MAX_NOTE_CHARS}."
        ),
        EntryError::RepeatedChoice(id) => format!("\u{ab}{id}\u{bb} aparece dos veces."),
    }
}

/// Why a date was refused; shown after "Revisa la noche:".
fn date_error(error: DateError) -> String {
    match error {
        DateError::Malformed => {
            "Una fecha se escribe como AAAA-MM-DD, por ejemplo 2025-01-31.".to_owned()
        }
        DateError::NoSuchDay => "Ese día no existe en el calendario.".to_owned(),
        DateError::OutOfRange => format!(
            "La fecha tiene que estar entre los años {} y {}.",
            CalendarDate::MIN.year(),
            CalendarDate::MAX.year()
        ),
    }
}

fn clot_risk(risk: ClotRisk) -> TitledText {
    match risk {
        ClotRisk::RecentSurgeryOrInjury => titled(
            "Una operación o una lesión en las últimas 12 semanas",
            "Durante unos tres meses después de una operación o una lesión grave, es más probable \
             que se forme un coágulo de sangre en las piernas.",
        ),
        ClotRisk::LegInCastOrTightBandage => titled(
            "Una pierna con yeso o con un vendaje apretado",
            "En una pierna que apenas se puede mover es más probable que se forme un coágulo de \
             sangre. Un yeso o un vendaje demasiado apretado también puede presionar el músculo.",
        ),
        ClotRisk::LongJourneyOrBedRest => titled(
            "Un viaje largo o mucho tiempo en cama",
            "Estar sentado sin moverte durante horas, o quedarte en cama, hace que la sangre de \
             las piernas circule más despacio. Esto hace más probable un coágulo.",
        ),
        ClotRisk::PreviousClot => titled(
            "Un coágulo de sangre en el pasado",
            "Las personas que ya han tenido un coágulo de sangre tienen más probabilidad de tener \
             otro.",
        ),
        ClotRisk::CancerTreatment => titled(
            "El cáncer o su tratamiento",
            "El cáncer y algunos tratamientos contra el cáncer hacen más probables los coágulos de \
             sangre.",
        ),
        ClotRisk::EstrogenPillOrHrt => titled(
            "La píldora o la terapia hormonal con estrógeno",
            "Los medicamentos con la hormona estrógeno, como la píldora anticonceptiva combinada o \
             la terapia hormonal de la menopausia, hacen un poco más probable un coágulo de sangre.",
        ),
        ClotRisk::GaveBirthInLast6Weeks => titled(
            "Un parto en las últimas 6 semanas",
            "En las semanas después del parto, es más probable un coágulo de sangre. Los \
             calambres también son frecuentes durante y después del embarazo.",
        ),
    }
}

fn lifestyle(habit: Lifestyle) -> TitledText {
    match habit {
        Lifestyle::LowFluids => titled(
            "No beber suficiente",
            "En algunas personas, la falta de agua puede influir en los calambres. Los estudios no \
             se ponen de acuerdo en cuánto importa.",
        ),
        Lifestyle::LongStanding => titled(
            "Estar de pie mucho tiempo",
            "Estar de pie durante horas cansa los músculos de las piernas, y los músculos cansados \
             pueden tener calambres con más facilidad.",
        ),
        Lifestyle::LongSitting => titled(
            "Estar sentado mucho tiempo",
            "Quedarte en la misma postura mucho tiempo mantiene los músculos cortos y tensos. Esto \
             puede hacer más probables los calambres más tarde.",
        ),
        Lifestyle::IntenseExercise => titled(
            "Ejercicio intenso",
            "Los músculos que han trabajado mucho se cansan. Los músculos cansados pueden tener \
             más calambres, incluso horas después, por la noche.",
        ),
        Lifestyle::NoStretching => titled(
            "No estirar",
            "Estirar mantiene los músculos flexibles. No hacerlo puede hacer más probables los \
             calambres.",
        ),
        Lifestyle::LowMineralDiet => titled(
            "Pocos alimentos ricos en minerales",
            "Los músculos usan minerales como el magnesio, el potasio y el calcio. Comer pocos \
             alimentos que los tengan puede influir, aunque no está demostrado.",
        ),
        Lifestyle::UnsupportiveFootwear => titled(
            "Zapatos que sujetan poco el pie",
            "Los zapatos que no sujetan bien el pie pueden forzar los músculos de los pies y las \
             pantorrillas, y eso puede influir.",
        ),
        Lifestyle::Sedentary => titled(
            "Moverse poco durante el día",
            "Los músculos que se usan poco se debilitan. Los músculos débiles pueden tener \
             calambres con más facilidad, sobre todo por la noche.",
        ),
        Lifestyle::Alcohol => titled(
            "Beber alcohol",
            "Algunos estudios relacionan beber alcohol, sobre todo a menudo o en gran cantidad, \
             con los calambres nocturnos.",
        ),
    }
}

fn condition(condition: Condition) -> TitledText {
    match condition {
        Condition::Diabetes => titled(
            "Diabetes",
            "Con el tiempo, la diabetes puede dañar los nervios y la circulación de las piernas. \
             Esto puede influir en los calambres.",
        ),
        Condition::PeripheralArteryDisease => titled(
            "Enfermedad arterial periférica",
            "Significa que los vasos sanguíneos de las piernas están estrechados. Llega menos \
             sangre a los músculos, así que pueden doler o tener calambres.",
        ),
        Condition::NerveDisorder => titled(
            "Un problema de nervios",
            "Los nervios dañados o comprimidos pueden enviar señales equivocadas a los músculos, \
             y eso puede hacer que se contraigan solos.",
        ),
        Condition::KidneyDisease => titled(
            "Enfermedad de los riñones",
            "Los riñones mantienen en equilibrio las sales y los minerales del cuerpo. Los \
             calambres son más frecuentes en las personas con enfermedad de los riñones.",
        ),
        Condition::LiverDisease => titled(
            "Enfermedad del hígado",
            "La enfermedad del hígado de larga duración hace más frecuentes los calambres \
             musculares. Los médicos que tratan tu hígado pueden ayudarte si te molestan.",
        ),
        Condition::ThyroidDisease => titled(
            "Un problema de tiroides",
            "La tiroides es una pequeña glándula del cuello que controla cómo usa la energía tu \
             cuerpo. Los calambres son más frecuentes cuando no funciona como debería.",
        ),
    }
}

fn medicine(medicine: Medicine) -> TitledText {
    match medicine {
        Medicine::Diuretic => titled(
            "Pastillas para orinar (diuréticos)",
            "Estos medicamentos te hacen orinar más. Un estudio grande relacionó algunos tipos con \
             los calambres, como los diuréticos tiazídicos, pero no otros, como la furosemida.",
        ),
        Medicine::AsthmaInhalerLaba => titled(
            "Inhalador para el asma de acción prolongada",
            "En un estudio grande, los inhaladores que mantienen abiertas las vías respiratorias \
             durante muchas horas fueron los medicamentos más relacionados con los calambres.",
        ),
        Medicine::Statin => titled(
            "Estatina para el colesterol",
            "Algunas personas tienen dolores musculares o calambres mientras toman una estatina. \
             Si tienes dolor, sensibilidad o debilidad en los músculos sin explicación, habla hoy \
             con tu médico o farmacéutico. Te dirán si debes seguir tomándola.",
        ),
        Medicine::CalciumChannelBlocker => titled(
            "Bloqueador de los canales de calcio",
            "Estos medicamentos bajan la presión arterial. Se han descrito calambres con algunos \
             de ellos, como el nifedipino.",
        ),
        Medicine::HormoneOrOsteoporosis => titled(
            "Medicamento hormonal o para los huesos",
            "Los estudios relacionan los calambres con algunos medicamentos hormonales y algunos \
             medicamentos para los huesos débiles.",
        ),
        Medicine::Nsaid => titled(
            "Antiinflamatorio para el dolor",
            "Los estudios relacionan los calambres con algunos antiinflamatorios para el dolor, \
             como el naproxeno.",
        ),
        Medicine::BetaBlocker => titled(
            "Betabloqueante",
            "Estos medicamentos hacen que el corazón vaya más despacio y bajan la presión \
             arterial. A veces se describen calambres con ellos, pero la relación es débil.",
        ),
        Medicine::Antidepressant => titled(
            "Antidepresivo",
            "Algunos medicamentos para el ánimo bajo se han relacionado con los calambres, pero la \
             relación es débil.",
        ),
        Medicine::Other => titled(
            "Otro medicamento",
            "Muchos medicamentos incluyen los calambres entre sus posibles efectos secundarios. Tu \
             farmacéutico puede decirte si el tuyo es uno de ellos.",
        ),
    }
}

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Written without a full stop, as browsers write Spanish dates ("11 mar 2026").
const SHORT_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

/// In `Weekday` order, Monday first. Spanish writes weekdays in lower case.
const WEEKDAYS: [&str; 7] = [
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];
