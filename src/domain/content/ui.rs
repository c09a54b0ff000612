//! The ids of the short interface texts (buttons, headings, hints, status lines) that every
//! language writes in `Texts::ui`, and `fill`, which puts values into their `{name}` slots.
//! One enum and one exhaustive `match` per language: a language without a text does not
//! compile.
use crate::domain::id_enum::id_enum;

id_enum! {
    /// A short interface text, named by what it is and where it is shown. The ids only name
    /// texts in tests and tools; the widget never writes them.
    Ui {
        // The shell.
        WidgetTitle = "widget_title",
        SectionsLabel = "sections_label",
        StorageOff = "storage_off",
        OpensInNewTab = "opens_in_new_tab",
        // The checker's steps and review.
        StepOf = "step_of",
        StepIntroRedFlags = "step_intro_red_flags",
        StepIntroSkippable = "step_intro_skippable",
        RedFlagsMissing = "red_flags_missing",
        Or = "or",
        Back = "back",
        Next = "next",
        ReviewIntro = "review_intro",
        SeeMyResult = "see_my_result",
        Change = "change",
        ChangeAnswersAbout = "change_answers_about",
        NotAnswered = "not_answered",
        // The checker's result and last check.
        BasedOnAnswers = "based_on_answers",
        NothingNeedsADoctor = "nothing_needs_a_doctor",
        FactorsDoNotChangeResult = "factors_do_not_change_result",
        SeeAllTips = "see_all_tips",
        StartAgainConfirm = "start_again_confirm",
        YesClearAnswers = "yes_clear_answers",
        NoKeepAnswers = "no_keep_answers",
        ChangeMyAnswers = "change_my_answers",
        StartAgain = "start_again",
        LastCheckOn = "last_check_on",
        SeeTheResult = "see_the_result",
        StartNewCheck = "start_new_check",
        CheckerInvite = "checker_invite",
        // The tips.
        TipsTitle = "tips_title",
        TipsIntro = "tips_intro",
        OrderedForYou = "ordered_for_you",
        MatchingTipsFirst = "matching_tips_first",
        CheckSaid = "check_said",
        DoThatFirst = "do_that_first",
        AboutMedicines = "about_medicines",
        CarouselRole = "carousel_role",
        CarouselLabel = "carousel_label",
        SlideRole = "slide_role",
        SlidePosition = "slide_position",
        TipNumber = "tip_number",
        MatchesYourAnswers = "matches_your_answers",
        PreviousTip = "previous_tip",
        NextTip = "next_tip",
        StartSlideShow = "start_slide_show",
        StopSlideShow = "stop_slide_show",
        ReducedMotionNote = "reduced_motion_note",
    }
}

/// `text` with each `{name}` slot replaced by its value. A slot without a value stays as it is,
/// so a missing value shows instead of vanishing.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
