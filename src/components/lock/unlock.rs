//! What the diary shows while it is locked: the passphrase field, and for a forgotten
//! passphrase the one way back, deleting the locked diary after a plain question.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::lock::{problem_text, use_focus_on_change, LockContext};
use crate::context::use_widget;
use crate::domain::content::{Texts, Ui};
use crate::domain::lock::session::{LockAction, LockForm, LockMessage};

#[component]
pub fn DiaryUnlock() -> Html {
    let ctx = use_widget();
    let (lock, texts) = (&ctx.lock, ctx.texts);
    let input = use_node_ref();
    let root = use_node_ref();
    let busy = lock.handle.job().is_some();
    let form = lock.handle.form();
    use_focus_on_change(
        &root,
        form,
        Some(if form == LockForm::ConfirmForget {
            "[data-cw-focus=lock-form]"
        } else {
            "#cw-lock-passphrase"
        }),
    );
    {
        // "Lock now" took away the button that was pressed; the passphrase is what comes next.
        let (input, locked_by_hand) = (
            input.clone(),
            lock.handle.message() == Some(&LockMessage::LockedNow),
        );
        use_effect_with((), move |_| {
            if locked_by_hand {
                if let Some(field) = input.cast::<HtmlInputElement>() {
                    let _ = field.focus();
                }
            }
        });
    }
    let onsubmit = {
        let (lock, input) = (lock.clone(), input.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(field) = input.cast::<HtmlInputElement>() {
                let passphrase = field.value();
                field.set_value("");
                lock.dispatch(LockAction::Unlock(passphrase));
            }
        })
    };
    html! {
        <section class="cw-diary-section cw-lock-unlock" aria-labelledby="cw-lock-unlock-title" ref={root}>
            <h4 class="cw-diary-heading" id="cw-lock-unlock-title">{ texts.ui(Ui::DiaryLockedTitle) }</h4>
            <p class="cw-muted">{ texts.ui(Ui::UnlockIntro) }</p>
            <form class="cw-lock-form" {onsubmit}>
                <label class="cw-diary-legend" for="cw-lock-passphrase">{ texts.ui(Ui::Passphrase) }</label>
                <input type="password" id="cw-lock-passphrase" class="cw-diary-input cw-lock-input"
                       autocomplete="current-password" ref={input} />
                <div class="cw-actions">
                    <button type="submit" class="cw-button" disabled={busy}>{ texts.ui(Ui::Unlock) }</button>
                </div>
            </form>
            { lock_status(lock, texts) }
            { forgot_view(lock, texts) }
        </section>
    }
}

/// The lock's status line, always in the page so screen readers hear each new message.
pub fn lock_status(lock: &LockContext, texts: &dyn Texts) -> Html {
    let (text, tone) = match (lock.handle.job(), lock.handle.message()) {
        (Some(_), _) => (texts.ui(Ui::LockWorking).to_owned(), ""),
        (None, Some(LockMessage::Problem(problem))) => {
            (problem_text(problem, texts), "cw-diary-status--problem")
        }
        (None, Some(done)) => (done_text(done, texts).to_owned(), "cw-diary-status--done"),
        (None, None) => (String::new(), ""),
    };
    let shown = !text.is_empty();
    html! {
        <div class={classes!("cw-lock-status", shown.then_some(tone))}
             role="status" tabindex="-1" data-cw-focus="lock-status">
            if shown {
                <p>{ text }</p>
            }
        </div>
    }
}

fn done_text(message: &LockMessage, texts: &dyn Texts) -> &'static str {
    texts.ui(match message {
        LockMessage::TurnedOn => Ui::LockTurnedOn,
        LockMessage::Changed => Ui::PassphraseChanged,
        LockMessage::TurnedOff => Ui::LockTurnedOff,
        LockMessage::LockedNow | LockMessage::Problem(_) => Ui::LockedNow,
    })
}

/// A forgotten passphrase cannot be recovered; deleting is the only way back, so it asks first.
fn forgot_view(lock: &LockContext, texts: &dyn Texts) -> Html {
    let open = |form: LockForm| {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| lock.dispatch(LockAction::Open(form)))
    };
    let confirm = {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| lock.dispatch(LockAction::Submit))
    };
    let busy = lock.handle.job().is_some();
    html! {
        <div class="cw-diary-danger-zone">
            if lock.handle.form() == LockForm::ConfirmForget {
                <p tabindex="-1" data-cw-focus="lock-form">{ texts.ui(Ui::ForgetConfirm) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--danger" disabled={busy} onclick={confirm}>
                        { texts.ui(Ui::YesDeleteEverything) }
                    </button>
                    <button type="button" class="cw-button cw-button--secondary" onclick={open(LockForm::None)}>
                        { texts.ui(Ui::Cancel) }
                    </button>
                </div>
            } else {
                <p class="cw-muted cw-small">{ texts.ui(Ui::ForgotPassphrase) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--secondary" onclick={open(LockForm::ConfirmForget)}>
                        { texts.ui(Ui::DeleteEverything) }
                    </button>
                </div>
            }
        </div>
    }
}
