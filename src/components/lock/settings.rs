//! The lock's place in the diary's data section: turning it on (after the warning and the offer
//! of a copy), locking now, changing the passphrase and turning it off after a question.
use yew::prelude::*;

use crate::components::lock::unlock::lock_status;
use crate::components::lock::{use_focus_on_change, LockContext};
use crate::context::use_widget;
use crate::domain::content::{Texts, Ui};
use crate::domain::lock::session::{LockAction, LockForm, LockMessage, LockState, PassphraseField};

#[derive(Properties, PartialEq)]
pub struct DiaryLockSettingsProps {
    /// Downloads the diary as JSON: the copy to keep before turning the lock on.
    pub on_download_copy: Callback<MouseEvent>,
    /// Whether there is anything to copy.
    pub has_entries: bool,
}

#[component]
pub fn DiaryLockSettings(props: &DiaryLockSettingsProps) -> Html {
    let ctx = use_widget();
    let (lock, texts) = (&ctx.lock, ctx.texts);
    let root = use_node_ref();
    // Focus follows the forms: into one that opens, to the news when one finishes, back to the
    // main button when one is cancelled.
    let form = lock.handle.form();
    let finished = matches!(
        lock.handle.message(),
        Some(LockMessage::TurnedOn | LockMessage::Changed | LockMessage::TurnedOff)
    );
    let target = match (form, finished) {
        (LockForm::None, true) => "[data-cw-focus=lock-status]",
        (LockForm::None, false) => "[data-cw-focus=lock-main]",
        _ => "[data-cw-focus=lock-form]",
    };
    use_focus_on_change(&root, form, Some(target));
    let body = match (lock.state(), lock.handle.form()) {
        (LockState::Off, LockForm::TurnOn) => turn_on_view(lock, texts, props),
        (LockState::Off, _) => html! {
            <>
                <p class="cw-muted cw-small">{ texts.ui(Ui::LockIntro) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--secondary cw-lock-start"
                            data-cw-focus="lock-main" onclick={open(lock, LockForm::TurnOn)}>
                        { texts.ui(Ui::LockTheDiary) }
                    </button>
                </div>
            </>
        },
        (LockState::Unlocked(_), LockForm::Change) => change_view(lock, texts),
        (LockState::Unlocked(_), LockForm::ConfirmOff) => html! {
            <>
                <p tabindex="-1" data-cw-focus="lock-form">{ texts.ui(Ui::TurnOffConfirm) }</p>
                { buttons(lock, texts, Ui::TurnOffLock) }
            </>
        },
        (LockState::Unlocked(_), _) => unlocked_view(lock, texts),
        (LockState::Locked, _) => html! {},
    };
    html! {
        <div class="cw-lock-settings" ref={root}>
            <h5 class="cw-diary-subheading">{ texts.ui(Ui::LockSectionTitle) }</h5>
            { body }
            { lock_status(lock, texts) }
        </div>
    }
}

fn open(lock: &LockContext, form: LockForm) -> Callback<MouseEvent> {
    let lock = lock.clone();
    Callback::from(move |_: MouseEvent| lock.dispatch(LockAction::Open(form)))
}

fn unlocked_view(lock: &LockContext, texts: &dyn Texts) -> Html {
    let lock_now = {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| lock.dispatch(LockAction::LockNow))
    };
    html! {
        <>
            <p class="cw-muted cw-small">{ texts.ui(Ui::LockOnStatus) }</p>
            <div class="cw-actions">
                <button type="button" class="cw-button cw-button--secondary cw-lock-now"
                        data-cw-focus="lock-main" onclick={lock_now}>
                    { texts.ui(Ui::LockNow) }
                </button>
                <button type="button" class="cw-button cw-button--secondary" onclick={open(lock, LockForm::Change)}>
                    { texts.ui(Ui::ChangePassphrase) }
                </button>
                <button type="button" class="cw-button cw-button--secondary" onclick={open(lock, LockForm::ConfirmOff)}>
                    { texts.ui(Ui::TurnOffLock) }
                </button>
            </div>
        </>
    }
}

fn turn_on_view(lock: &LockContext, texts: &dyn Texts, props: &DiaryLockSettingsProps) -> Html {
    html! {
        <form class="cw-lock-form" onsubmit={submit(lock)}>
            <p class="cw-lock-warning" tabindex="-1" data-cw-focus="lock-form">
                <strong>{ texts.ui(Ui::LockForgetWarning) }</strong>
            </p>
            if props.has_entries {
                <p class="cw-muted cw-small">{ texts.ui(Ui::LockCopyFirst) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--secondary"
                            onclick={props.on_download_copy.clone()}>
                        { texts.ui(Ui::DownloadJson) }
                    </button>
                </div>
            }
            { new_passphrase_fields(lock, texts) }
            { buttons(lock, texts, Ui::TurnOnLock) }
        </form>
    }
}

fn change_view(lock: &LockContext, texts: &dyn Texts) -> Html {
    html! {
        <form class="cw-lock-form" onsubmit={submit(lock)}>
            { field(lock, texts, PassphraseField::Current) }
            { new_passphrase_fields(lock, texts) }
            { buttons(lock, texts, Ui::SaveNewPassphrase) }
        </form>
    }
}

fn new_passphrase_fields(lock: &LockContext, texts: &dyn Texts) -> Html {
    html! {
        <>
            { field(lock, texts, PassphraseField::New) }
            { field(lock, texts, PassphraseField::Repeat) }
        </>
    }
}

/// The form's main button, which submits (so Enter works), and "Cancel".
fn buttons(lock: &LockContext, texts: &dyn Texts, main: Ui) -> Html {
    let busy = lock.handle.job().is_some();
    let onclick = (main == Ui::TurnOffLock).then(|| {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| lock.dispatch(LockAction::Submit))
    });
    let kind = if onclick.is_some() {
        "button"
    } else {
        "submit"
    };
    html! {
        <div class="cw-actions">
            <button type={kind} class="cw-button cw-lock-confirm" disabled={busy} {onclick}>
                { texts.ui(main) }
            </button>
            <button type="button" class="cw-button cw-button--secondary" onclick={open(lock, LockForm::None)}>
                { texts.ui(Ui::Cancel) }
            </button>
        </div>
    }
}

fn submit(lock: &LockContext) -> Callback<SubmitEvent> {
    let lock = lock.clone();
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        lock.dispatch(LockAction::Submit);
    })
}

fn field(lock: &LockContext, texts: &dyn Texts, which: PassphraseField) -> Html {
    let (id, label, autocomplete) = match which {
        PassphraseField::Current => ("cw-lock-current", Ui::CurrentPassphrase, "current-password"),
        PassphraseField::New => ("cw-lock-new", Ui::NewPassphrase, "new-password"),
        PassphraseField::Repeat => ("cw-lock-repeat", Ui::RepeatPassphrase, "new-password"),
    };
    let entry = lock.handle.entry();
    let value = match which {
        PassphraseField::Current => &entry.current,
        PassphraseField::New => &entry.new,
        PassphraseField::Repeat => &entry.repeat,
    };
    let oninput = {
        let lock = lock.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                lock.dispatch(LockAction::Edit(which, input.value()));
            }
        })
    };
    let hint = matches!(which, PassphraseField::New).then(|| format!("{id}-hint"));
    let focus = matches!(which, PassphraseField::Current).then_some("lock-form");
    html! {
        <div class="cw-diary-field">
            <label class="cw-diary-legend" for={id}>{ texts.ui(label) }</label>
            if let Some(hint) = &hint {
                <p class="cw-muted cw-small" id={hint.clone()}>{ texts.ui(Ui::PassphraseHint) }</p>
            }
            <input type="password" {id} class="cw-diary-input cw-lock-input" {autocomplete}
                   aria-describedby={hint} data-cw-focus={focus} value={value.clone()} {oninput} />
        </div>
    }
}
