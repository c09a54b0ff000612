//! Every word the user reads, behind the `Texts` trait. Each language is one file that
//! implements `Texts` (English is `en.rs`); adding a language means adding a file and a
//! `Language` value, without touching the engine. The engine refers to text only by id.

use crate::domain::checker::answers::{AnswerKey, AnswerOption};
use crate::domain::checker::factors::{EvidenceStrength, FactorId, FactorKind};
use crate::domain::checker::flow::Step;
use crate::domain::checker::rules::{ArticleSection, Citation, RuleId, Source, TriageLevel};
use crate::domain::config::Panel;
use crate::domain::date::{CalendarDate, DateStyle};
use crate::domain::diary::book::FormProblem;
use crate::domain::diary::entry::{DiaryError, Relief, Side};
use crate::domain::diary::format::{ImportError, CSV_COLUMNS};
use crate::domain::id_enum::id_enum;
use crate::domain::lock::vault::LockError;
use crate::domain::store::{StorageNotice, StoreError};
use crate::domain::tips::{TipCaution, TipId, WaitingAdvice};

pub mod en;
pub mod es;
pub mod hi;
#[cfg(feature = "pseudo-locale")]
pub mod pseudo;
mod ui;

pub use ui::{fill, Counted, Ui};

/// Replaced by the UI with the emergency number the clinic configured.
pub const EMERGENCY_NUMBER: &str = "{emergency_number}";
/// Replaced by the UI with the clinic phone number, when one is configured.
pub const CLINIC_PHONE: &str = "{clinic_phone}";

id_enum! {
    /// Languages with a complete set of texts, by their language tag.
    Language {
        En = "en",
        Es = "es",
        Hi = "hi",
    }
}

impl Language {
    /// Accepts tags such as `en`, `en-GB` or `EN_us`; only the primary language counts.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?;
        Language::ALL
            .iter()
            .copied()
            .find(|language| language.as_str().eq_ignore_ascii_case(primary))
    }

    /// The language the widget speaks: the visitor's own choice in the widget (remembered
    /// between visits) wins, then the clinic's `lang` attribute, then the host page's
    /// `<html lang>`, then the browser's languages in the visitor's order, then English. A
    /// tag the widget does not speak is passed over, so a Hindi page with a French browser
    /// still gets Hindi.
    pub fn choose(
        visitor: Option<&str>,
        clinic: Option<Language>,
        page: Option<&str>,
        browser: &[String],
    ) -> Language {
        visitor
            .and_then(Language::from_tag)
            .or(clinic)
            .or_else(|| page.and_then(Language::from_tag))
            .or_else(|| browser.iter().find_map(|tag| Language::from_tag(tag)))
            .unwrap_or(Language::En)
    }

    /// The language's own name for itself, for the language menu: a reader finds their
    /// language by its name in their language.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::Hi => "हिन्दी",
        }
    }

    pub fn texts(self) -> &'static dyn Texts {
        match self {
            Language::En => &en::English,
            // The benchmark's size builds leave a language's texts out (English stands in),
            // to measure what each language adds to the embed.
            #[cfg(not(feature = "size-without-es"))]
            Language::Es => &es::Spanish,
            #[cfg(not(feature = "size-without-hi"))]
            Language::Hi => &hi::Hindi,
            #[cfg(feature = "size-without-es")]
            Language::Es => &en::English,
            #[cfg(feature = "size-without-hi")]
            Language::Hi => &en::English,
        }
    }
}

/// What a result at one level tells the user, instruction first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelText {
    pub headline: &'static str,
    pub what_to_do: &'static str,
    /// Label for the configured contact (tel: link, clinic phone, booking link); the UI
    /// shows it only when that contact is configured.
    pub contact: Option<&'static str>,
}

/// A title with a few plain sentences: used for rules ("Why am I seeing this?"),
/// factors and tips.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TitledText {
    pub title: &'static str,
    pub body: &'static str,
}

/// A `TitledText`, the way every language file writes one.
pub(crate) const fn titled(title: &'static str, body: &'static str) -> TitledText {
    TitledText { title, body }
}

/// A `QuestionText`, the way every language file writes one.
pub(crate) const fn asked(question: &'static str, hint: &'static str) -> QuestionText {
    QuestionText { question, hint }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub question: &'static str,
    pub hint: &'static str,
}

/// Short labels the results and the wizard need around the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Labels {
    pub why_am_i_seeing_this: &'static str,
    pub sources: &'static str,
    pub reasons: &'static str,
    pub factors: &'static str,
    pub tips: &'static str,
    pub while_waiting: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub not_sure: &'static str,
    pub none_of_these: &'static str,
}

/// All user-facing text of one language.
pub trait Texts: Sync {
    fn level(&self, level: TriageLevel) -> LevelText;
    /// Not a diagnosis; emergency symptoms mean calling the emergency number.
    fn disclaimer(&self) -> &'static str;
    fn rule(&self, rule: RuleId) -> TitledText;
    fn factor(&self, factor: FactorId) -> TitledText;
    fn factor_kind(&self, kind: FactorKind) -> &'static str;
    fn evidence(&self, strength: EvidenceStrength) -> &'static str;
    /// Shown with every medicine factor.
    fn medicine_caution(&self) -> &'static str;
    /// The only text allowed to mention quinine; cite `rules::QUININE_GUARDRAIL_SOURCES`.
    fn quinine_guardrail(&self) -> &'static str;
    fn tip(&self, tip: TipId) -> TitledText;
    /// Shown with a tip that needs care for this person.
    fn tip_caution(&self, caution: TipCaution) -> &'static str;
    /// What an urgent or emergency result says to do until help is reached.
    fn waiting_advice(&self, advice: WaitingAdvice) -> &'static str;
    fn source(&self, source: Source) -> &'static str;
    fn article_section(&self, section: ArticleSection) -> &'static str;
    fn question(&self, key: AnswerKey) -> QuestionText;
    fn option(&self, option: AnswerOption) -> &'static str;
    fn labels(&self) -> Labels;
    /// A short interface text: a button, a heading, a hint or a status line. Texts with
    /// `{name}` slots are filled with `fill`.
    fn ui(&self, text: Ui) -> &'static str;
    /// The heading of each screen of the checker.
    fn step_title(&self, step: Step) -> &'static str;
    /// The level's short label beside its icon, so a level never rests on colour alone.
    fn level_badge(&self, level: TriageLevel) -> &'static str;
    /// A panel's name on its tab.
    fn panel_name(&self, panel: Panel) -> &'static str;
    /// `n` and the word for what is counted, in the form the number needs.
    fn count(&self, what: Counted, n: usize) -> String;
    /// Which leg, in a diary entry ("Left leg").
    fn side(&self, side: Side) -> &'static str;
    /// Which leg, as a choice under the question "Which leg?" ("Left").
    fn side_choice(&self, side: Side) -> &'static str;
    /// What eased a cramp.
    fn relief(&self, relief: Relief) -> &'static str;
    /// Why the stored diary is not shown or saved as usual.
    fn storage_notice(&self, notice: &StorageNotice) -> String;
    /// Why the diary lock could not open something; every case leaves storage as it was.
    fn lock_error(&self, error: &LockError) -> String;
    /// Why a change did not reach storage.
    fn store_error(&self, error: &StoreError) -> String;
    /// Why a file was not imported.
    fn import_error(&self, error: &ImportError) -> String;
    /// Why the diary refused a change.
    fn diary_error(&self, error: &DiaryError) -> String;
    /// Why the diary form cannot be saved yet.
    fn form_problem(&self, problem: &FormProblem) -> String;
    /// The column names of the CSV export, in `diary::format::CSV_COLUMNS` order.
    fn csv_header(&self) -> [&'static str; CSV_COLUMNS];
    /// `date` written out for a reader in `locale` (a browser language tag such as `en-GB`),
    /// which picks the regional order of day and month.
    fn date(&self, date: CalendarDate, style: DateStyle, locale: &str) -> String;
    /// A warning sign the diary found in a note: its name on the alert card, and a few plain
    /// sentences on what it may mean and what to do.
    fn note_warning(&self, warning: crate::domain::diary::notes::NoteWarning) -> TitledText;
    /// Words of the patient's note, quoted on an alert card.
    fn quoted(&self, words: &str) -> String;
    /// A frequent week on an alert card: `week` is its first day, already written out.
    fn nights_in_week(&self, nights: u8, week: &str) -> String;
    /// Leads into the list of what an alert card found.
    fn diary_alert_intro(&self) -> &'static str;
    /// Heads the doctor summary's list of what the alert cards found.
    fn diary_flags_heading(&self) -> &'static str;
    /// The doctor summary's list when the cards found nothing: names everything they look for.
    fn diary_nothing_flagged(&self) -> &'static str;

    /// "Sources: A; B", the way tips, cards and notes name where their words come from, each
    /// source once.
    fn sources_line(&self, citations: &[Citation]) -> String {
        let mut names: Vec<String> = Vec::new();
        for citation in citations {
            let name = self.citation(*citation);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        format!("{}: {}", self.labels().sources, names.join("; "))
    }

    /// The source name, with the article section when the citation has one.
    fn citation(&self, citation: Citation) -> String {
        let source = self.source(citation.source);
        match citation.section {
            Some(section) => format!(
                "{source}: \u{201c}{}\u{201d}",
                self.article_section(section)
            ),
            None => source.to_owned(),
        }
    }
}
