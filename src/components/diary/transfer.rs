//! The diary's data: CSV and JSON downloads (and a locked backup while the lock is on),
//! picking an export file to import (asking a locked backup's passphrase first), the lock's
//! settings, and the first step of "Delete everything". Reading the file happens here;
//! deciding what it means (`plan_import`) is the reducer's, and nothing merges before the
//! patient has seen the preview.
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlInputElement, Url};
use yew::prelude::*;

use crate::domain::content::{Texts, Ui};

use crate::components::lock::{problem_text, DiaryLockSettings, Key};
use crate::context::use_widget;
use crate::crypto::WebCrypto;
use crate::domain::date::CalendarDate;
use crate::domain::diary::entry::Diary;
use crate::domain::diary::format::{export_csv, export_json, ImportError, MAX_IMPORT_BYTES};
use crate::domain::lock::envelope::is_locked;
use crate::domain::lock::session::LockProblem;
use crate::domain::lock::vault::{self, LockError};

#[derive(Properties, PartialEq)]
pub struct DiaryTransferProps {
    pub diary: Rc<Diary>,
    /// The text of the file the patient picked.
    pub on_file_read: Callback<String>,
    pub on_file_refused: Callback<ImportError>,
    pub on_download_failed: Callback<()>,
    /// The first step of "Delete everything"; the panel then asks to confirm.
    pub on_delete_all: Callback<MouseEvent>,
}

/// Excel opens a CSV file as UTF-8 only when it starts with a byte-order mark.
const BYTE_ORDER_MARK: &str = "\u{feff}";
/// Long enough for the browser to start the download before the object URL is released.
const REVOKE_AFTER_MS: i32 = 10_000;

#[component]
pub fn DiaryTransfer(props: &DiaryTransferProps) -> Html {
    let ctx = use_widget();
    let texts = ctx.texts;
    let section = use_node_ref();
    let today = ctx.today;
    let lock = &ctx.lock;
    let key = lock.handle.key().cloned();
    let download = |kind: FileKind| on_download(kind, props, &section, today, texts, key.clone());
    let has_entries = !props.diary.is_empty();
    // A locked backup waiting for its passphrase, and why the last try failed.
    let locked_file = use_state(|| None::<(String, Option<LockError>)>);
    let onchange = {
        let (locked_file, read) = (locked_file.clone(), props.on_file_read.clone());
        let refused = props.on_file_refused.clone();
        // A locked backup asks for its passphrase first; any other file goes to the preview.
        let sorted = Callback::from(move |text: String| {
            if is_locked(&text) {
                locked_file.set(Some((text, None)));
            } else {
                read.emit(text);
            }
        });
        Callback::from(move |event: Event| {
            read_picked_file(&event, sorted.clone(), refused.clone())
        })
    };
    html! {
        <section class="cw-diary-section cw-diary-transfer" aria-labelledby="cw-diary-data-title" ref={section.clone()}>
            <h4 class="cw-diary-heading" id="cw-diary-data-title">{ texts.ui(Ui::YourDiaryData) }</h4>
            <p class="cw-muted cw-small">
                { texts.ui(Ui::DiaryPrivacy) }
            </p>
            if has_entries {
                { downloads_view(download(FileKind::Csv), download(FileKind::Json), lock.is_on(), texts) }
                if key.is_some() {
                    { locked_backup_view(download(FileKind::LockedBackup), texts) }
                }
            }
            { import_view(onchange, texts) }
            if let Some((text, problem)) = (*locked_file).clone() {
                { locked_file_view(&text, problem.as_ref(), &locked_file, props.on_file_read.clone(), texts) }
            }
            <DiaryLockSettings on_download_copy={download(FileKind::Json)} {has_entries} />
            if has_entries {
                { delete_all_view(props.on_delete_all.clone(), texts) }
            }
        </section>
    }
}

/// A download button's click; a refused download is reported, since no file arrives to say so.
/// A locked backup is the JSON export sealed with the diary's key, so it opens only with the
/// passphrase, here or on another device.
fn on_download(
    kind: FileKind,
    props: &DiaryTransferProps,
    section: &NodeRef,
    today: CalendarDate,
    texts: &'static dyn Texts,
    key: Option<Rc<Key>>,
) -> Callback<MouseEvent> {
    let (diary, section, failed) = (
        props.diary.clone(),
        section.clone(),
        props.on_download_failed.clone(),
    );
    Callback::from(move |_: MouseEvent| {
        let save = {
            let (section, failed) = (section.clone(), failed.clone());
            move |text: &str| {
                if save_file(&section, &kind.file_name(today), kind.mime(), text).is_err() {
                    failed.emit(());
                }
            }
        };
        match (kind, key.clone()) {
            (FileKind::Csv, _) => save(&format!(
                "{BYTE_ORDER_MARK}{}",
                export_csv(&diary, texts.csv_header())
            )),
            (FileKind::Json, _) => save(&export_json(&diary, today)),
            (FileKind::LockedBackup, Some(key)) => {
                let (plain, failed) = (export_json(&diary, today), failed.clone());
                spawn_local(async move {
                    match vault::seal(&WebCrypto, &key, &plain).await {
                        Ok(sealed) => save(&sealed),
                        Err(_) => failed.emit(()),
                    }
                });
            }
            (FileKind::LockedBackup, None) => failed.emit(()),
        }
    })
}

/// The two ways to keep a copy: one for a spreadsheet, one this diary can import again.
fn downloads_view(
    on_csv: Callback<MouseEvent>,
    on_json: Callback<MouseEvent>,
    locked: bool,
    texts: &dyn Texts,
) -> Html {
    html! {
        <>
            <div class="cw-actions">
                <button type="button" class="cw-button cw-button--secondary" onclick={on_csv}>
                    { texts.ui(Ui::DownloadCsv) }
                </button>
                <button type="button" class="cw-button cw-button--secondary" onclick={on_json}>
                    { texts.ui(Ui::DownloadJson) }
                </button>
            </div>
            <p class="cw-muted cw-small cw-diary-hint">
                { texts.ui(Ui::DownloadHint) }
            </p>
            if locked {
                <p class="cw-small cw-lock-warning">{ texts.ui(Ui::ExportNotLocked) }</p>
            }
        </>
    }
}

fn locked_backup_view(on_download: Callback<MouseEvent>, texts: &dyn Texts) -> Html {
    html! {
        <>
            <div class="cw-actions">
                <button type="button" class="cw-button cw-button--secondary cw-lock-backup" onclick={on_download}>
                    { texts.ui(Ui::DownloadLockedBackup) }
                </button>
            </div>
            <p class="cw-muted cw-small cw-diary-hint">{ texts.ui(Ui::LockedBackupHint) }</p>
        </>
    }
}

/// A locked backup was picked: its passphrase opens it, and then it goes to the usual preview.
fn locked_file_view(
    text: &str,
    problem: Option<&LockError>,
    locked_file: &UseStateHandle<Option<(String, Option<LockError>)>>,
    on_file_read: Callback<String>,
    texts: &'static dyn Texts,
) -> Html {
    let input = NodeRef::default();
    let onsubmit = {
        let (text, locked_file, input) = (text.to_owned(), locked_file.clone(), input.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let passphrase = field.value();
            let (text, locked_file, read) =
                (text.clone(), locked_file.clone(), on_file_read.clone());
            spawn_local(async move {
                match vault::unlock(&WebCrypto, &passphrase, &text).await {
                    Ok((_, plain)) => {
                        locked_file.set(None);
                        read.emit(plain);
                    }
                    Err(error) => locked_file.set(Some((text, Some(error)))),
                }
            });
        })
    };
    let cancel = {
        let locked_file = locked_file.clone();
        Callback::from(move |_: MouseEvent| locked_file.set(None))
    };
    html! {
        <form class="cw-lock-form cw-lock-file" aria-labelledby="cw-lock-file-title" {onsubmit}>
            <h5 class="cw-diary-subheading" id="cw-lock-file-title">{ texts.ui(Ui::LockedFileTitle) }</h5>
            <label class="cw-diary-legend" for="cw-lock-file-passphrase">{ texts.ui(Ui::LockedFilePrompt) }</label>
            <input type="password" id="cw-lock-file-passphrase" class="cw-diary-input cw-lock-input"
                   autocomplete="current-password" ref={input} />
            <div class="cw-actions">
                <button type="submit" class="cw-button">{ texts.ui(Ui::OpenFile) }</button>
                <button type="button" class="cw-button cw-button--secondary" onclick={cancel}>
                    { texts.ui(Ui::Cancel) }
                </button>
            </div>
            <div class={classes!("cw-lock-file-status", problem.map(|_| "cw-diary-status--problem"))} role="status">
                if let Some(error) = problem {
                    <p>{ problem_text(&LockProblem::Lock(error.clone()), texts) }</p>
                }
            </div>
        </form>
    }
}

/// Bringing back a downloaded diary, e.g. on another device; nothing merges before the preview.
fn import_view(onchange: Callback<Event>, texts: &dyn Texts) -> Html {
    html! {
        <div class="cw-diary-import">
            <label class="cw-diary-legend" for="cw-diary-import-file">{ texts.ui(Ui::ImportAFile) }</label>
            <p class="cw-muted cw-small" id="cw-diary-import-hint">
                { texts.ui(Ui::ImportHint) }
            </p>
            <input type="file" id="cw-diary-import-file" class="cw-diary-file"
                   accept=".json,application/json" aria-describedby="cw-diary-import-hint" {onchange} />
        </div>
    }
}

/// "Delete everything", set apart from the other tools so it is not pressed by mistake.
fn delete_all_view(on_delete_all: Callback<MouseEvent>, texts: &dyn Texts) -> Html {
    html! {
        <div class="cw-diary-danger-zone">
            <h5 class="cw-diary-subheading">{ texts.ui(Ui::DeleteYourDiary) }</h5>
            <p class="cw-muted cw-small">
                { texts.ui(Ui::DeleteAllHint) }
            </p>
            <div class="cw-actions">
                <button type="button" class="cw-button cw-button--secondary cw-diary-delete-all"
                        onclick={on_delete_all}>
                    { texts.ui(Ui::DeleteEverything) }
                </button>
            </div>
        </div>
    }
}

#[derive(Clone, Copy)]
enum FileKind {
    Csv,
    Json,
    LockedBackup,
}

impl FileKind {
    fn file_name(self, today: CalendarDate) -> String {
        let ending = match self {
            FileKind::Csv => ".csv",
            FileKind::Json => ".json",
            FileKind::LockedBackup => "-locked.json",
        };
        format!("cramp-diary-{today}{ending}")
    }

    fn mime(self) -> &'static str {
        match self {
            FileKind::Csv => "text/csv;charset=utf-8",
            FileKind::Json | FileKind::LockedBackup => "application/json",
        }
    }
}

/// Hands `text` to the browser as a download: a Blob behind an object URL, clicked through a
/// temporary link inside the widget, and released once the download has started.
fn save_file(section: &NodeRef, name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let host = section
        .cast::<Element>()
        .ok_or_else(|| JsValue::from_str("the diary is not on the page"))?;
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&JsValue::from_str(text)),
        &options,
    )?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    host.append_child(&link)?;
    link.click();
    link.remove();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
        )?;
    Ok(())
}

/// Reads the picked file as text. Oversized files are refused before reading, and the input is
/// cleared so that picking the same file again still counts as a change.
fn read_picked_file(event: &Event, read: Callback<String>, refused: Callback<ImportError>) {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    let bytes = file.size() as usize;
    if bytes > MAX_IMPORT_BYTES {
        refused.emit(ImportError::TooLarge { bytes });
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text())
            .await
            .map(|text| text.as_string())
        {
            Ok(Some(text)) => read.emit(text),
            _ => refused.emit(ImportError::Damaged(
                "the browser could not read the file".to_string(),
            )),
        }
    });
}
