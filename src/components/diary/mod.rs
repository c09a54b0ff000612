//! The diary panel: it owns the `DiaryBook` reducer and its side effects — loading, writing
//! each change to storage before it counts, hearing other tabs and widgets, minting entry ids
//! and moving focus when the view changes — and lays out the diary's parts.
mod alerts;
mod chart;
mod delete_all;
mod doctor_summary;
mod entry_list;
mod form;
mod import_preview;
mod labels;
mod stats;
mod transfer;
use std::cell::Cell;
use std::mem::{discriminant, Discriminant};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::domain::content::{fill, Counted, Texts, Ui};

use crate::components::reducer::{use_feature_reducer, FeatureHandle};

use crate::components::diary::alerts::DiaryAlerts;
use crate::components::diary::chart::DiaryChart;
use crate::components::diary::delete_all::DiaryDeleteAll;
use crate::components::diary::doctor_summary::DoctorSummary;
use crate::components::diary::entry_list::DiaryEntryList;
use crate::components::diary::form::DiaryForm;
use crate::components::diary::import_preview::DiaryImportPreview;
use crate::components::diary::stats::DiaryStats;
use crate::components::diary::transfer::DiaryTransfer;
use crate::components::lock::{read_private, store_private, use_focus_on_change, DiaryUnlock, Key};
use crate::context::{use_widget, WidgetContext};
use crate::domain::diary::book::{
    trend_start, DiaryAction, DiaryBook, Message, StorageWrite, View,
};
use crate::domain::diary::entry::{Diary, EntryId};
use crate::domain::diary::format::encode_stored;
use crate::domain::diary::stats::summary;
use crate::domain::lock::session::{LockAction, LockState, Observed};
use crate::domain::lock::vault::LockError;
use crate::domain::store::DiaryLoad;
use crate::domain::store::{
    load_damaged_lock, load_diary, load_unlocked, KeyValueStore, StorageKeys, StorageNotice,
};
use crate::storage::BrowserStore;
use crate::storage::{announce_change, ChangeListener};
use crate::timing;

thread_local! {
    static MINTED: Cell<u64> = const { Cell::new(0) };
}

/// `Date.now() * 1000 + counter`: unique across tabs in practice, and below 2^53 so exports
/// stay exact in JavaScript. An id the diary already holds (an import from a fast device) is
/// stepped past.
fn mint_entry_id(diary: &Diary) -> EntryId {
    let counter = MINTED.with(|minted| minted.replace((minted.get() + 1) % 1000));
    let mut id = EntryId(js_sys::Date::now() as u64 * 1000 + counter);
    while diary.contains(id) {
        id = EntryId(id.0 + 1);
    }
    id
}

#[component]
pub fn DiaryPanel() -> Html {
    let ctx = use_widget();
    let book = {
        let ctx = ctx.clone();
        use_feature_reducer(move || {
            timing::mark(timing::DIARY_LOAD_START);
            let loaded = load_diary(&*ctx.store, &ctx.config.storage_keys);
            timing::mark(timing::DIARY_LOAD_END);
            DiaryBook::new(loaded)
        })
    };
    use_effect_with((), |_| timing::mark(timing::DIARY_RENDERED));
    use_timed_cramp(&ctx, &book);
    use_storage_writes(&ctx, &book);
    use_reload_on_change(&ctx, &book);
    use_reload_on_lock_change(&ctx, &book);
    let root = use_node_ref();
    use_focus_on_view_change(&root, &book);
    let locked = *ctx.lock.state() == LockState::Locked;
    // The passphrase form goes when it has done its work: focus the diary's heading instead.
    use_focus_on_change(
        &root,
        locked,
        (!locked).then_some("[data-cw-focus=heading]"),
    );
    if locked {
        return locked_view(&ctx);
    }

    let body = match book.view() {
        View::List => list_view(&book, &ctx),
        View::Form {
            mode,
            draft,
            problem,
        } => html! {
            <DiaryForm mode={*mode} draft={draft.clone()} problem={problem.clone()}
                on_edit={send(&book, DiaryAction::EditDraft)}
                on_save={on(&book, DiaryAction::SubmitForm { today: ctx.today })}
                on_cancel={on(&book, DiaryAction::ShowList)} />
        },
        View::Summary => html! {
            <DoctorSummary diary={book.diary().clone()} on_back={on(&book, DiaryAction::ShowList)} />
        },
        View::ImportPreview(plan) => html! {
            <DiaryImportPreview plan={plan.clone()}
                on_confirm={on(&book, DiaryAction::ConfirmImport)}
                on_cancel={on(&book, DiaryAction::ShowList)} />
        },
        View::ConfirmDeleteAll => html! {
            <DiaryDeleteAll entries={book.diary().len()}
                on_confirm={on(&book, DiaryAction::ConfirmDeleteAll)}
                on_cancel={on(&book, DiaryAction::ShowList)} />
        },
    };
    let in_list = *book.view() == View::List;
    html! {
        <div class="cw-diary" ref={root}>
            // Every view sits under this heading, so the alert cards' headings always nest.
            <h3 class="cw-panel-title" tabindex="-1" data-cw-focus={in_list.then_some("heading")}>
                { ctx.texts.ui(Ui::CrampDiary) }
            </h3>
            { storage_notice(&book, ctx.texts) }
            // The summary lists the same findings itself, with their sources.
            if *book.view() != View::Summary {
                <div class="cw-no-print">
                    <DiaryAlerts diary={book.diary().clone()} />
                </div>
            }
            { status_line(&book, ctx.texts) }
            { body }
        </div>
    }
}

/// A callback that sends one fixed action, whatever the event.
fn on<T: 'static>(book: &FeatureHandle<DiaryBook>, action: DiaryAction) -> Callback<T> {
    let dispatcher = book.dispatcher();
    Callback::from(move |_| dispatcher.dispatch(action.clone()))
}

/// A callback that turns its value into an action.
fn send<T: 'static>(
    book: &FeatureHandle<DiaryBook>,
    action: impl Fn(T) -> DiaryAction + 'static,
) -> Callback<T> {
    let dispatcher = book.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(action(value)))
}

/// Writes the pending change, sealed while the lock is on, then tells the reducer how it went.
/// Only a successful write is announced to the page's other widgets.
#[hook]
fn use_storage_writes(ctx: &WidgetContext, book: &FeatureHandle<DiaryBook>) {
    let pending = book.pending().cloned();
    let (store, keys, instance, lock) = (
        ctx.store.clone(),
        ctx.config.storage_keys.clone(),
        ctx.instance,
        ctx.lock.clone(),
    );
    let dispatcher = book.dispatcher();
    use_effect_with(pending, move |pending| {
        let Some(pending) = pending else {
            return;
        };
        let serial = pending.serial();
        let key = keys.diary().to_owned();
        let done = move |written: Result<(), _>| {
            dispatcher.dispatch(match written {
                Ok(()) => {
                    announce_change(keys.diary(), instance);
                    DiaryAction::WriteDone { serial }
                }
                Err(error) => DiaryAction::WriteFailed { serial, error },
            });
        };
        match pending.write() {
            StorageWrite::Save(diary) => {
                store_private(&lock, &store, &key, encode_stored(diary), done)
            }
            // A locked diary that is emptied stays locked.
            StorageWrite::Remove if lock.is_on() => {
                store_private(&lock, &store, &key, encode_stored(&Diary::new()), done)
            }
            StorageWrite::Remove => done(store.remove(&key)),
        }
    });
}

/// Another tab or widget saved the diary: load it again. An open form keeps its input.
#[hook]
fn use_reload_on_change(ctx: &WidgetContext, book: &FeatureHandle<DiaryBook>) {
    let (store, keys, instance) = (
        ctx.store.clone(),
        ctx.config.storage_keys.clone(),
        ctx.instance,
    );
    let (dispatcher, lock) = (book.dispatcher(), ctx.lock.clone());
    use_effect_with((), move |_| {
        let listener = ChangeListener::new(
            keys.clone(),
            instance,
            Rc::new(move |changed: String| {
                if changed == keys.diary() {
                    let reloaded = dispatcher.clone();
                    let other_key = lock.handle.dispatcher();
                    reload_diary(
                        &store,
                        &keys,
                        lock.current_key.get(),
                        move |load, observed| {
                            if let Some(observed) = observed {
                                other_key.dispatch(LockAction::Observed(observed));
                            }
                            reloaded.dispatch(DiaryAction::Reloaded(load));
                        },
                    );
                }
            }),
        );
        move || drop(listener)
    });
}

/// Unlocking opens the diary, locking forgets it, and turning the lock off (here or in another
/// tab) reads it plain again. The first render has loaded it already.
#[hook]
fn use_reload_on_lock_change(ctx: &WidgetContext, book: &FeatureHandle<DiaryBook>) {
    let seen = use_mut_ref(|| ctx.lock.state().clone());
    let (store, keys, dispatcher) = (
        ctx.store.clone(),
        ctx.config.storage_keys.clone(),
        book.dispatcher(),
    );
    use_effect_with(ctx.lock.state().clone(), move |state| {
        if *seen.borrow() == *state {
            return;
        }
        *seen.borrow_mut() = state.clone();
        let key = match state {
            LockState::Unlocked(key) => Some(key.clone()),
            _ => None,
        };
        reload_diary(&store, &keys, key, move |load, _| {
            dispatcher.dispatch(DiaryAction::Reloaded(load));
        });
    });
}

/// Reads the stored diary, opening it with `key` when it is locked. A locked diary without
/// the key loads as locked; one that no longer opens is kept under the backup rule. `done`
/// also hears when the diary turned out to be locked with another key.
fn reload_diary(
    store: &Rc<BrowserStore>,
    keys: &StorageKeys,
    key: Option<Rc<Key>>,
    done: impl FnOnce(DiaryLoad, Option<Observed>) + 'static,
) {
    let Ok(Some(raw)) = store.get(keys.diary()) else {
        return done(load_diary(&**store, keys), None);
    };
    let (store, keys) = (store.clone(), keys.clone());
    read_private(key, Some(raw.clone()), move |opened| match opened {
        Ok(Some(plain)) => done(load_unlocked(&*store, &keys, &raw, &plain), None),
        Ok(None) => done(load_diary(&*store, &keys), None),
        Err(LockError::OtherKey) => done(load_diary(&*store, &keys), Some(Observed::OtherKey)),
        Err(_) => done(load_damaged_lock(&*store, &keys, &raw), None),
    });
}

/// The locked diary: its heading and the passphrase field, nothing of what it holds.
fn locked_view(ctx: &WidgetContext) -> Html {
    html! {
        <div class="cw-diary">
            <h3 class="cw-panel-title" tabindex="-1">{ ctx.texts.ui(Ui::CrampDiary) }</h3>
            <DiaryUnlock />
        </div>
    }
}

/// Opens the form for a cramp the "Cramp now" guide timed, once.
#[hook]
fn use_timed_cramp(ctx: &WidgetContext, book: &FeatureHandle<DiaryBook>) {
    let (book, taken) = (book.clone(), ctx.on_cramp_taken.clone());
    use_effect_with(ctx.pending_cramp.clone(), move |pending| {
        if let Some(cramp) = pending {
            let id = mint_entry_id(book.diary());
            book.dispatch(DiaryAction::OpenTimed {
                id,
                cramp: (**cramp).clone(),
            });
            taken.emit(());
        }
    });
}

/// Moves focus to where a change happened, so keyboard and screen-reader users never sit on a
/// button that has just disappeared: a new view focuses its heading, a deletion focuses "Undo",
/// any other new message focuses the status line. The first render moves nothing, so opening
/// the tab leaves focus on the tab.
#[hook]
fn use_focus_on_view_change(root: &NodeRef, book: &FeatureHandle<DiaryBook>) {
    let seen = use_mut_ref(|| None::<(Discriminant<View>, Option<Message>)>);
    let now = (discriminant(book.view()), book.message().cloned());
    let root = root.clone();
    use_effect(move || {
        let selector = match &*seen.borrow() {
            None => None,
            Some((view, _)) if *view != now.0 => Some("[data-cw-focus=heading]"),
            Some((_, message)) if *message != now.1 => match &now.1 {
                Some(Message::Deleted(_)) => Some("[data-cw-focus=undo]"),
                Some(_) => Some("[data-cw-focus=status]"),
                None => None,
            },
            Some(_) => None,
        };
        if let Some(selector) = selector {
            focus_within(&root, selector);
        }
        *seen.borrow_mut() = Some(now);
    });
}

pub(crate) fn focus_within(root: &NodeRef, selector: &str) {
    let target = root
        .cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|found| found.dyn_into::<HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

fn storage_notice(book: &FeatureHandle<DiaryBook>, texts: &dyn Texts) -> Html {
    let Some(notice) = book
        .storage_notice()
        .filter(|n| **n != StorageNotice::Locked)
    else {
        return html! {};
    };
    html! {
        <div class="cw-notice cw-diary-notice cw-no-print" role="status">
            <p>{ texts.storage_notice(notice) }</p>
            if !book.may_save() && !matches!(notice, StorageNotice::FutureVersion(_)) {
                <p>{ texts.ui(Ui::ChangesKeptOnPageOnly) }</p>
            }
            if matches!(notice, StorageNotice::CorruptNotBackedUp | StorageNotice::LockDamaged { backed_up: false }) {
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--secondary" onclick={on(book, DiaryAction::StartNewDiary)}>
                        { texts.ui(Ui::StartNewDiary) }
                    </button>
                </div>
            }
        </div>
    }
}

/// Always in the page, so screen readers hear each new message.
fn status_line(book: &FeatureHandle<DiaryBook>, texts: &dyn Texts) -> Html {
    let (text, tone) = match book.message() {
        None => (String::new(), ""),
        Some(message) => message_text(message, texts),
    };
    let shown = book.message().is_some();
    html! {
        <div class={classes!("cw-diary-status", "cw-no-print", shown.then_some(tone))}
             role="status" tabindex="-1" data-cw-focus="status">
            if shown {
                <p>{ text }</p>
                if matches!(book.message(), Some(Message::Deleted(_))) {
                    <button type="button" class="cw-button cw-button--secondary cw-diary-undo"
                            data-cw-focus="undo" onclick={on(book, DiaryAction::Undo)}>
                        { texts.ui(Ui::Undo) }
                    </button>
                }
            }
        </div>
    }
}

fn message_text(message: &Message, texts: &dyn Texts) -> (String, &'static str) {
    const DONE: &str = "cw-diary-status--done";
    const PROBLEM: &str = "cw-diary-status--problem";
    match message {
        Message::Added => (texts.ui(Ui::CrampSaved).into(), DONE),
        Message::Updated => (texts.ui(Ui::ChangesSaved).into(), DONE),
        Message::Deleted(_) => (texts.ui(Ui::EntryDeleted).into(), DONE),
        Message::Restored => (texts.ui(Ui::EntryRestored).into(), DONE),
        Message::Imported { added } => (
            fill(
                texts.ui(Ui::Imported),
                &[("entries", &texts.count(Counted::Entry, *added))],
            ),
            DONE,
        ),
        Message::DeletedAll => (texts.ui(Ui::DiaryDeleted).into(), DONE),
        Message::NotSaved(error) => (texts.store_error(error), PROBLEM),
        Message::ImportRefused(error) => (
            fill(
                texts.ui(Ui::NothingImported),
                &[("problem", &texts.import_error(error))],
            ),
            PROBLEM,
        ),
        Message::DownloadFailed => (texts.ui(Ui::DownloadFailed).into(), PROBLEM),
        Message::UndoFailed(error) => (
            fill(
                texts.ui(Ui::UndoFailed),
                &[("problem", &texts.diary_error(error))],
            ),
            PROBLEM,
        ),
    }
}

fn list_view(book: &FeatureHandle<DiaryBook>, ctx: &WidgetContext) -> Html {
    let diary = book.diary();
    let log = {
        let book = book.clone();
        let today = ctx.today;
        Callback::from(move |_: MouseEvent| {
            let id = mint_entry_id(book.diary());
            book.dispatch(DiaryAction::OpenNew { id, today });
        })
    };
    html! {
        <>
            <div class="cw-diary-intro">
                <p class="cw-muted">
                    { ctx.texts.ui(Ui::DiaryIntro) }
                </p>
                <div class="cw-actions cw-diary-main-actions">
                    <button type="button" class="cw-button cw-diary-log" onclick={log}>
                        { ctx.texts.ui(Ui::LogACramp) }
                    </button>
                    if !diary.is_empty() {
                        <button type="button" class="cw-button cw-button--secondary"
                                onclick={on(book, DiaryAction::ShowSummary)}>
                            { ctx.texts.ui(Ui::SummaryTitle) }
                        </button>
                    }
                </div>
            </div>
            if diary.is_empty() {
                { empty_state(ctx.texts) }
            } else {
                { trends(diary, ctx) }
                <DiaryEntryList entries={book.visible_entries().to_vec()}
                    total={diary.len()} hidden={book.hidden_count()}
                    on_edit={send(book, DiaryAction::OpenEdit)}
                    on_delete={send(book, DiaryAction::Delete)}
                    on_show_more={on(book, DiaryAction::ShowMore)} />
            }
            <DiaryTransfer diary={diary.clone()}
                on_file_read={send(book, {
                    let today = ctx.today;
                    move |text| DiaryAction::ImportFileRead { text, today }
                })}
                on_file_refused={send(book, DiaryAction::ImportFileRefused)}
                on_download_failed={send(book, |()| DiaryAction::DownloadFailed)}
                on_delete_all={on(book, DiaryAction::AskDeleteAll)} />
        </>
    }
}

fn empty_state(texts: &dyn Texts) -> Html {
    html! {
        <div class="cw-diary-empty">
            <p><strong>{ texts.ui(Ui::NoCrampsYet) }</strong></p>
            <p class="cw-muted">
                { texts.ui(Ui::EmptyDiaryHint) }
            </p>
        </div>
    }
}

/// The chart's 12 weeks, and the figures for the same weeks.
fn trends(diary: &Rc<Diary>, ctx: &WidgetContext) -> Html {
    let today = ctx.today;
    let recent = Rc::new(summary(diary.entries(), trend_start(today), today));
    html! {
        <section class="cw-diary-section" aria-labelledby="cw-diary-trends-title">
            <h4 class="cw-diary-heading" id="cw-diary-trends-title">{ ctx.texts.ui(Ui::YourLastTwelveWeeks) }</h4>
            <DiaryChart diary={diary.clone()} />
            <DiaryStats summary={recent} />
        </section>
    }
}
