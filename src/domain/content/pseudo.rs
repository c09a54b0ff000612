//! The pseudo-locale, for tests only (cargo feature `pseudo-locale`, `lang="x-pseudo"`): English
//! with every text wrapped in ⟦…⟧ and made about 30% longer. A screen that shows a word without
//! the marks shows a word that does not come from `Texts`, and longer words show where a
//! longer language would break the layout.
use std::cell::RefCell;
use std::collections::HashMap;

use super::en::English;
use super::{Counted, Labels, LevelText, QuestionText, Texts, TitledText, Ui};
use crate::domain::checker::answers::{AnswerKey, AnswerOption};
use crate::domain::checker::factors::{EvidenceStrength, FactorId, FactorKind};
use crate::domain::checker::flow::Step;
use crate::domain::checker::rules::{ArticleSection, RuleId, Source, TriageLevel};
use crate::domain::config::Panel;
use crate::domain::date::{CalendarDate, DateStyle};
use crate::domain::diary::book::FormProblem;
use crate::domain::diary::entry::{DiaryError, Relief, Side};
use crate::domain::diary::format::{ImportError, CSV_COLUMNS};
use crate::domain::diary::notes::NoteWarning;
use crate::domain::lock::vault::LockError;
use crate::domain::store::{StorageNotice, StoreError};
use crate::domain::tips::{TipCaution, TipId, WaitingAdvice};

pub struct Pseudo;

thread_local! {
    /// Each English text marked once and kept for the page's life: `Texts` hands out
    /// `&'static str`, and a test page shows a few hundred texts at most.
    static MARKED: RefCell<HashMap<&'static str, &'static str>> = RefCell::new(HashMap::new());
}

/// `text` inside the marks, padded by about 30% of its length.
fn wrapped(text: &str) -> String {
    let padding = (text.chars().count() * 3).div_ceil(10);
    format!("\u{27e6}{text}{}\u{27e7}", "\u{b7}".repeat(padding))
}

fn mark(text: &'static str) -> &'static str {
    MARKED.with(|marked| {
        *marked
            .borrow_mut()
            .entry(text)
            .or_insert_with(|| Box::leak(wrapped(text).into_boxed_str()))
    })
}

fn titled(text: TitledText) -> TitledText {
    TitledText {
        title: mark(text.title),
        body: mark(text.body),
    }
}

impl Texts for Pseudo {
    fn level(&self, level: TriageLevel) -> LevelText {
        let text = English.level(level);
        LevelText {
            headline: mark(text.headline),
            what_to_do: mark(text.what_to_do),
            contact: text.contact.map(mark),
        }
    }
    fn disclaimer(&self) -> &'static str {
        mark(English.disclaimer())
    }
    fn rule(&self, rule: RuleId) -> TitledText {
        titled(English.rule(rule))
    }
    fn factor(&self, factor: FactorId) -> TitledText {
        titled(English.factor(factor))
    }
    fn factor_kind(&self, kind: FactorKind) -> &'static str {
        mark(English.factor_kind(kind))
    }
    fn evidence(&self, strength: EvidenceStrength) -> &'static str {
        mark(English.evidence(strength))
    }
    fn medicine_caution(&self) -> &'static str {
        mark(English.medicine_caution())
    }
    fn quinine_guardrail(&self) -> &'static str {
        mark(English.quinine_guardrail())
    }
    fn tip(&self, tip: TipId) -> TitledText {
        titled(English.tip(tip))
    }
    fn tip_caution(&self, caution: TipCaution) -> &'static str {
        mark(English.tip_caution(caution))
    }
    fn waiting_advice(&self, advice: WaitingAdvice) -> &'static str {
        mark(English.waiting_advice(advice))
    }
    fn source(&self, source: Source) -> &'static str {
        mark(English.source(source))
    }
    fn article_section(&self, section: ArticleSection) -> &'static str {
        mark(English.article_section(section))
    }
    fn question(&self, key: AnswerKey) -> QuestionText {
        let text = English.question(key);
        QuestionText {
            question: mark(text.question),
            hint: mark(text.hint),
        }
    }
    fn option(&self, option: AnswerOption) -> &'static str {
        mark(English.option(option))
    }
    fn labels(&self) -> Labels {
        let labels = English.labels();
        Labels {
            why_am_i_seeing_this: mark(labels.why_am_i_seeing_this),
            sources: mark(labels.sources),
            reasons: mark(labels.reasons),
            factors: mark(labels.factors),
            tips: mark(labels.tips),
            while_waiting: mark(labels.while_waiting),
            yes: mark(labels.yes),
            no: mark(labels.no),
            not_sure: mark(labels.not_sure),
            none_of_these: mark(labels.none_of_these),
        }
    }
    fn ui(&self, text: Ui) -> &'static str {
        mark(English.ui(text))
    }
    fn step_title(&self, step: Step) -> &'static str {
        mark(English.step_title(step))
    }
    fn level_badge(&self, level: TriageLevel) -> &'static str {
        mark(English.level_badge(level))
    }
    fn panel_name(&self, panel: Panel) -> &'static str {
        mark(English.panel_name(panel))
    }
    fn count(&self, what: Counted, n: usize) -> String {
        wrapped(&English.count(what, n))
    }
    fn side(&self, side: Side) -> &'static str {
        mark(English.side(side))
    }
    fn side_choice(&self, side: Side) -> &'static str {
        mark(English.side_choice(side))
    }
    fn relief(&self, relief: Relief) -> &'static str {
        mark(English.relief(relief))
    }
    fn storage_notice(&self, notice: &StorageNotice) -> String {
        wrapped(&English.storage_notice(notice))
    }
    fn lock_error(&self, error: &LockError) -> String {
        wrapped(&English.lock_error(error))
    }
    fn store_error(&self, error: &StoreError) -> String {
        wrapped(&English.store_error(error))
    }
    fn import_error(&self, error: &ImportError) -> String {
        wrapped(&English.import_error(error))
    }
    fn diary_error(&self, error: &DiaryError) -> String {
        wrapped(&English.diary_error(error))
    }
    fn form_problem(&self, problem: &FormProblem) -> String {
        wrapped(&English.form_problem(problem))
    }
    fn csv_header(&self) -> [&'static str; CSV_COLUMNS] {
        English.csv_header().map(mark)
    }
    fn date(&self, date: CalendarDate, style: DateStyle, locale: &str) -> String {
        wrapped(&English.date(date, style, locale))
    }
    fn note_warning(&self, warning: NoteWarning) -> TitledText {
        titled(English.note_warning(warning))
    }
    fn quoted(&self, words: &str) -> String {
        wrapped(&English.quoted(words))
    }
    fn nights_in_week(&self, nights: u8, week: &str) -> String {
        wrapped(&English.nights_in_week(nights, week))
    }
    fn diary_alert_intro(&self) -> &'static str {
        mark(English.diary_alert_intro())
    }
    fn diary_flags_heading(&self) -> &'static str {
        mark(English.diary_flags_heading())
    }
    fn diary_nothing_flagged(&self) -> &'static str {
        mark(English.diary_nothing_flagged())
    }
}
