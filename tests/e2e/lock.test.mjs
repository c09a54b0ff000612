// The diary lock end to end, in the release build: turning it on, what is left readable in
// localStorage (nothing private), unlocking, saving while unlocked, locking now, changing the
// passphrase, turning it off; a wrong passphrase, a tampered envelope and a full quota each
// changing nothing; two tabs; keyboard use; the checker's result that waits for the unlock;
// locking by itself after 15 minutes idle or 5 minutes hidden (Playwright's clock); locked
// backups; "Forgot the passphrase?"; and screenshots of the lock's screens.
//
// Each test uses its own browser context. Deriving a key (PBKDF2, 600,000 iterations) takes a
// few hundred milliseconds per unlock, so no test waits on a fixed delay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useReleaseBuild, assertNoViolations, screenshot, collectErrors, twoTabs, PHONE, DESKTOP,
} from './support.mjs';

const release = useReleaseBuild();

const PREFIX = 'cramp-widget/v1/';
const DIARY = PREFIX + 'diary';
const BACKUP = PREFIX + 'diary.backup';
const CHECKER = PREFIX + 'checker';
const LAST = PREFIX + 'last-result';
const LANGUAGE = PREFIX + 'language';
const PRIVATE = [DIARY, BACKUP, CHECKER, LAST];

const MARKER = 'MARKER-7f3a';
const PASS = 'correct horse battery';
const NEW_PASS = 'staple river lantern';
const NIGHTS = ['2026-11-20', '2026-11-22', '2026-11-25'];
const SEEDED_DIARY = JSON.stringify({
  v: 2,
  entries: NIGHTS.map((n, k) => ({
    i: 1735689600000001 + k, n, m: 'cft'[k], s: 'lrb'[k], d: 2 + k, p: 4 + k, z: 3 + k,
    o: `${MARKER} night ${k + 1}`,
  })),
});
const LAST_RESULT = JSON.stringify({
  checked_on: '2026-11-28',
  answers: { frequency: '3_plus_per_week', medicines: ['statin'], sleep_affected: true },
});
/** Whether a stored value is a lock envelope (its keys are written in alphabetical order). */
function isEnvelope(value) {
  try {
    return JSON.parse(value).format === 'cramp-widget-locked';
  } catch {
    return false;
  }
}

const WRONG = 'That passphrase does not open the diary. Check it and try again. Nothing was changed.';
const QUOTA = "This browser's storage for this site is full, so the change was not saved. Nothing was changed.";
const TURNED_ON = 'The diary is locked. You will need the passphrase to open it after you leave this page.';
const WAITS = 'Your diary is locked, so this result is not saved yet. It will be saved when you unlock the diary.';

const entries = (page) => page.locator('.cw-diary-entry');
const lockedHeading = (page) => page.getByRole('heading', { name: 'Your diary is locked' });
const logButton = (page) => page.getByRole('button', { name: 'Log a cramp' });
const lockStatus = async (page) => (await page.locator('.cw-lock-status').textContent()).trim();

/** Polls until `read()` returns `expected` (the UI and storage update after async work). */
async function eventually(read, expected, what, tries = 100) {
  let last;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.deepEqual(last, expected, what);
}

/**
 * A fresh context whose localStorage holds `stored` before the widget first starts (once per
 * tab: a reload keeps what the widget wrote).
 */
async function fresh({ viewport = DESKTOP, stored = {}, colorScheme = 'light' } = {}) {
  const context = await release.browser.newContext({ viewport, colorScheme });
  await context.addInitScript((pairs) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of pairs) localStorage.setItem(key, value);
  }, Object.entries(stored));
  const page = await context.newPage();
  const errors = collectErrors(page);
  return { context, page, errors };
}

/** Waits until the diary panel shows either its list or the locked screen. */
async function diaryShown(page) {
  await logButton(page).or(lockedHeading(page)).first().waitFor();
}

async function openDiary(page) {
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Diary' }).click();
  await diaryShown(page);
}

async function reloadDiary(page) {
  await page.reload();
  await page.getByRole('tab', { name: 'Diary' }).click();
  await diaryShown(page);
}

/** Every localStorage key and value, sorted by key. */
const dump = (page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])),
  );
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** The widget's rendered markup, to prove an entry is not on the page. */
const widgetHtml = (page) =>
  page.evaluate(() => document.getElementById('cramp-widget').shadowRoot.innerHTML);

async function openTurnOnForm(page) {
  await page.getByRole('button', { name: 'Lock the diary with a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).waitFor();
}

async function fillNew(page, pass, repeat = pass) {
  await page.getByLabel('New passphrase', { exact: true }).fill(pass);
  await page.getByLabel('Type the passphrase again', { exact: true }).fill(repeat);
}

async function turnOn(page, pass = PASS) {
  await openTurnOnForm(page);
  await fillNew(page, pass);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText(TURNED_ON).waitFor();
}

/** Types the passphrase on the locked screen and waits for the outcome to show. */
async function tryUnlock(page, pass) {
  await page.getByLabel('Passphrase', { exact: true }).fill(pass);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

async function unlock(page, pass = PASS) {
  await tryUnlock(page, pass);
  await logButton(page).waitFor();
}

async function logCramp(page, muscle) {
  await logButton(page).click();
  await page.getByRole('radio', { name: muscle, exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await logButton(page).waitFor();
}

/** Opens an envelope in the page with WebCrypto alone, as an independent reader would. */
function openEnvelope(page, raw, passphrase) {
  return page.evaluate(async ([raw, passphrase]) => {
    const envelope = JSON.parse(raw);
    const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const base = await crypto.subtle.importKey(
      'raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey'],
    );
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(envelope.salt), iterations: envelope.kdf.iterations },
      base, { name: 'AES-GCM', length: 256 }, false, ['decrypt'],
    );
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(envelope.iv) }, key, bytes(envelope.data));
    return new TextDecoder().decode(plain);
  }, [raw, passphrase]);
}

/** Fails unless every stored value is an envelope or non-private, and none shows the diary. */
async function assertNothingReadable(page, where) {
  const all = await dump(page);
  for (const [key, value] of Object.entries(all)) {
    for (const secret of [MARKER, '"entries"', '"n":', ...NIGHTS]) {
      assert.ok(!value.includes(secret), `${where}: ${key} shows ${secret}: ${value.slice(0, 200)}`);
    }
    if (PRIVATE.includes(key)) {
      assert.ok(isEnvelope(value), `${where}: ${key} is not an envelope: ${value.slice(0, 80)}`);
    }
  }
  const envelope = JSON.parse(all[DIARY]);
  assert.deepEqual(Object.keys(envelope).sort(), ['check', 'data', 'format', 'iv', 'kdf', 'salt', 'sum', 'v']);
  assert.equal(envelope.v, 1);
  assert.deepEqual(envelope.kdf, { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 });
  return all;
}

/** The diary stored locked, opened with `pass`. */
async function lockedDiary(page, pass = PASS) {
  return JSON.parse(await openEnvelope(page, await stored(page, DIARY), pass));
}

test('the full journey: on, nothing readable, unlock, save, lock now, change, off', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await eventually(() => entries(page).count(), 3);

  await openTurnOnForm(page);
  assert.match(await page.locator('.cw-lock-warning').first().textContent(), /^Write the passphrase down/);
  assert.ok(await page.locator('.cw-lock-form').getByRole('button', { name: 'Download JSON' }).isVisible(), 'the copy is offered first');
  await assertNoViolations(page, 'the turn-on form');
  await fillNew(page, 'short');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  assert.equal(await lockStatus(page), 'The passphrase needs at least 8 characters.');
  await fillNew(page, PASS, PASS + 'x');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  assert.equal(await lockStatus(page), 'The two passphrases are not the same.');
  assert.equal(await stored(page, DIARY), SEEDED_DIARY, 'a refused form writes nothing');
  await fillNew(page, PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText(TURNED_ON).waitFor();
  assert.equal(await entries(page).count(), 3, 'the diary stays open in this page');
  await assertNothingReadable(page, 'after turning on');
  assert.equal(await page.getByText('These files are not locked: anyone who opens them can read your diary.').count(), 1);
  assert.deepEqual(await lockedDiary(page), JSON.parse(SEEDED_DIARY), 'the envelope holds the diary');

  await reloadDiary(page);
  await lockedHeading(page).waitFor();
  assert.equal(await entries(page).count(), 0);
  const html = await widgetHtml(page);
  assert.ok(!html.includes(MARKER) && !html.includes('Foot'), 'the locked screen shows no entry');
  await assertNothingReadable(page, 'after a reload');
  await assertNoViolations(page, 'the locked screen');

  await unlock(page);
  await eventually(() => entries(page).count(), 3);
  await logCramp(page, 'Foot');
  assert.equal((await page.locator('.cw-diary-status').first().textContent()).trim(), 'Cramp saved in your diary.');
  await eventually(() => entries(page).count(), 4);
  await eventually(async () => (await lockedDiary(page)).entries.length, 4, 'the save is sealed');
  await assertNothingReadable(page, 'after a save while unlocked');

  await reloadDiary(page);
  await lockedHeading(page).waitFor();
  await unlock(page);
  await eventually(() => entries(page).count(), 4, 'the sealed save survives a reload');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await lockedHeading(page).waitFor();
  assert.equal(await entries(page).count(), 0);
  assert.ok(!(await widgetHtml(page)).includes(MARKER), 'Lock now takes the entries off the page');
  assert.equal(await lockStatus(page), 'The diary is locked.');

  await unlock(page);
  await eventually(() => entries(page).count(), 4);
  const before = JSON.parse(await stored(page, DIARY));
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASS);
  await fillNew(page, NEW_PASS);
  await page.getByRole('button', { name: 'Save the new passphrase' }).click();
  await page.getByText('The passphrase has been changed.').waitFor();
  const after = JSON.parse(await stored(page, DIARY));
  assert.notEqual(after.salt, before.salt, 'a new passphrase gets a new salt');
  assert.equal((await lockedDiary(page, NEW_PASS)).entries.length, 4);
  await assertNothingReadable(page, 'after changing the passphrase');

  await reloadDiary(page);
  await lockedHeading(page).waitFor();
  await tryUnlock(page, PASS);
  await page.getByText(WRONG).waitFor();
  assert.ok(await lockedHeading(page).isVisible(), 'the old passphrase no longer opens it');
  await unlock(page, NEW_PASS);
  await eventually(() => entries(page).count(), 4);

  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByText('Turn the lock off? Your diary will be stored without a passphrase').waitFor();
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByText('The lock is off. Your diary is stored without a passphrase.').waitFor();
  const plain = JSON.parse(await stored(page, DIARY));
  assert.equal(plain.v, 2);
  assert.equal(plain.entries.length, 4);
  assert.equal(plain.entries.filter((e) => e.o?.includes(MARKER)).length, 3, 'the notes are back as they were');
  for (const key of PRIVATE) {
    const value = await stored(page, key);
    assert.ok(value === null || !isEnvelope(value), `${key} is plain again`);
  }
  assert.ok(await page.getByRole('button', { name: 'Lock the diary with a passphrase' }).isVisible());
  await reloadDiary(page);
  await eventually(() => entries(page).count(), 4, 'the plain diary loads without a passphrase');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wrong or empty passphrase changes nothing', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY, [LAST]: LAST_RESULT } });
  await openDiary(page);
  await turnOn(page);
  await reloadDiary(page);
  await lockedHeading(page).waitFor();
  const before = await dump(page);

  await page.getByRole('button', { name: 'Unlock' }).click();
  assert.equal(await lockStatus(page), 'Type your passphrase first.');
  await tryUnlock(page, 'not the passphrase');
  await page.getByText(WRONG).waitFor();
  assert.equal(await lockStatus(page), WRONG);
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).inputValue(), '', 'the field is cleared');
  assert.ok(await lockedHeading(page).isVisible());
  assert.equal(await entries(page).count(), 0);
  assert.deepEqual(await dump(page), before, 'storage is byte-identical');

  await unlock(page);
  await eventually(() => entries(page).count(), 3, 'the right one still works after a wrong one');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Swaps one base64 character of `field` in the stored diary envelope, away from its last group. */
async function tamper(page, field) {
  return page.evaluate(([key, field]) => {
    const envelope = JSON.parse(localStorage.getItem(key));
    const text = envelope[field];
    let at = text.slice(0, -4).search(/[AB]/);
    if (at < 0) at = 0;
    const swapped = { A: 'B', B: 'A' }[text[at]] ?? (text[at] === 'C' ? 'D' : 'C');
    envelope[field] = text.slice(0, at) + swapped + text.slice(at + 1);
    // Same key order as the widget writes.
    const value = JSON.stringify(envelope);
    localStorage.setItem(key, value);
    return value;
  }, [DIARY, field]);
}

// The right passphrase opens the key, so the diary shows as empty with the notice and may start
// afresh; the damaged value stays, and its copy under the backup key is never overwritten.
test('a tampered ciphertext is reported as damaged and kept as it is', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  const damaged = await tamper(page, 'data');
  await reloadDiary(page);
  await lockedHeading(page).waitFor();

  await tryUnlock(page, PASS);
  const damagedText = page.getByText('The locked diary is damaged or was changed', { exact: false });
  await damagedText.first().waitFor();
  const shown = (await damagedText.first().textContent()).trim();
  assert.equal(await entries(page).count(), 0);
  assert.equal(await stored(page, DIARY), damaged, 'the damaged diary is byte-identical');
  assert.equal(await stored(page, BACKUP), damaged, 'and a copy is kept under the backup key');
  assert.match(
    shown,
    /^The locked diary is damaged or was changed, so it cannot be opened\. A copy has been kept as it is/,
    `the lock's own damaged message (shown instead: "${shown}")`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tampered salt is reported as damaged, not as a wrong passphrase', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  const damaged = await tamper(page, 'salt');
  await reloadDiary(page);
  await lockedHeading(page).waitFor();
  await tryUnlock(page, PASS);
  await page.getByText('The locked diary is damaged or was changed, so it cannot be opened.', { exact: false }).waitFor();
  assert.ok(await lockedHeading(page).isVisible());
  assert.equal(await stored(page, DIARY), damaged);
  assert.equal(await stored(page, BACKUP), damaged);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Makes `localStorage.setItem` throw QuotaExceededError whenever `refuse(key, value)` holds. */
function fillQuota(page, rule) {
  return page.evaluate(([rule]) => {
    const refuse = new Function('key', 'value', `return (${rule});`);
    const setItem = Storage.prototype.setItem;
    window.__refused = [];
    Storage.prototype.setItem = function (key, value) {
      if (refuse(String(key), String(value))) {
        window.__refused.push(key);
        throw new DOMException('full', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, [rule]);
}

test('a full quota while turning the lock on or off changes nothing', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY, [LAST]: LAST_RESULT } });
  await openDiary(page);
  await eventually(() => entries(page).count(), 3);
  const before = await dump(page);
  // The last result's envelope fits and is written first; the diary's does not, so the
  // last result must be put back.
  await fillQuota(page, `key === ${JSON.stringify(DIARY)} && value.length > ${SEEDED_DIARY.length + 10}`);
  await openTurnOnForm(page);
  await fillNew(page, PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText(QUOTA).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__refused), [DIARY]);
  assert.deepEqual(await dump(page), before, 'every value as it was: nothing sealed left behind');
  assert.ok(await page.getByRole('button', { name: 'Turn on the lock' }).isVisible(), 'the form stays open');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.ok(await page.getByRole('button', { name: 'Lock the diary with a passphrase' }).isVisible(), 'the lock is still off');
  assert.equal(await entries(page).count(), 3);

  await page.reload();
  await page.getByRole('tab', { name: 'Diary' }).click();
  await diaryShown(page);
  await turnOn(page);
  const locked = await assertNothingReadable(page, 'turned on');
  assert.ok(isEnvelope(locked[LAST]));
  // Turning off writes the diary first; the last result's plain value is then refused, so the
  // diary must be sealed again.
  await fillQuota(page, `key === ${JSON.stringify(LAST)}`);
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByText(QUOTA).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__refused), [LAST]);
  assert.deepEqual(await dump(page), locked, 'the locked values are left as they were');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.ok(await page.getByRole('button', { name: 'Lock now' }).isVisible(), 'the lock is still on');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: on, unlock, a save, a new passphrase and off reach the other tab', async () => {
  const { context, one, two, errors, use } = await twoTabs(release.browser);
  await openDiary(await use(one));
  await openDiary(await use(two));
  await logCramp(await use(one), 'Foot');
  await eventually(() => entries(two).count(), 1);

  await turnOn(await use(one));
  await use(two);
  await lockedHeading(two).waitFor({ timeout: 10_000 });
  assert.equal(await entries(two).count(), 0, 'the other tab forgets the entries');

  await unlock(two);
  await eventually(() => entries(two).count(), 1);
  await logCramp(await use(one), 'Thigh');
  await use(two);
  await eventually(() => entries(two).count(), 2, 'the other tab opens the sealed save');

  await (await use(one)).getByRole('button', { name: 'Change the passphrase' }).click();
  await one.getByLabel('Current passphrase', { exact: true }).fill(PASS);
  await fillNew(one, NEW_PASS);
  await one.getByRole('button', { name: 'Save the new passphrase' }).click();
  await one.getByText('The passphrase has been changed.').waitFor();
  await use(two);
  await lockedHeading(two).waitFor({ timeout: 10_000 });
  assert.equal(await entries(two).count(), 0);

  await (await use(one)).getByRole('button', { name: 'Turn the lock off' }).click();
  await one.getByRole('button', { name: 'Turn the lock off' }).click();
  await one.getByText('The lock is off.', { exact: false }).waitFor();
  await use(two);
  await logButton(two).waitFor({ timeout: 10_000 });
  await eventually(() => entries(two).count(), 2, 'the other tab shows the plain diary');
  assert.ok(await two.getByRole('button', { name: 'Lock the diary with a passphrase' }).isVisible());

  // Off again while the other tab is open, not locked.
  await turnOn(await use(one));
  await use(two);
  await lockedHeading(two).waitFor({ timeout: 10_000 });
  await unlock(two);
  await eventually(() => entries(two).count(), 2);
  await (await use(one)).getByRole('button', { name: 'Turn the lock off' }).click();
  await one.getByRole('button', { name: 'Turn the lock off' }).click();
  await one.getByText('The lock is off.', { exact: false }).waitFor();
  await use(two);
  await two.getByRole('button', { name: 'Lock the diary with a passphrase' }).waitFor({ timeout: 10_000 });
  assert.equal(await entries(two).count(), 2);
  await logCramp(two, 'Foot');
  await eventually(async () => JSON.parse(await stored(two, DIARY)).entries?.length, 3, 'the other tab now saves plain');
  assert.deepEqual(errors, []);
  await context.close();
});

/** What has focus inside the widget: tag, id and name. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.getElementById('cramp-widget').shadowRoot.activeElement;
    if (!el) return null;
    const label = el.labels?.[0];
    const name = el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent;
    return {
      tag: el.tagName.toLowerCase(), id: el.id, role: el.getAttribute('role') ?? '',
      name: name.trim().replace(/\s+/g, ' '), visible: el.matches(':focus-visible'),
    };
  });
}

async function tabTo(page, wanted, limit = 80) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    seen.push(stop?.name ?? '(outside)');
    if (stop && stop.name === wanted) {
      assert.ok(stop.visible, `${wanted} shows its focus`);
      return stop;
    }
  }
  assert.fail(`never reached ${wanted}; focus went through: ${seen.join(' | ')}`);
}

async function diaryByKeyboard(page) {
  await page.locator('body').focus();
  await tabTo(page, 'Check');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await eventually(async () => (await focused(page))?.name, 'Diary');
  await diaryShown(page);
}

test('keyboard only: turn the lock on and unlock', async () => {
  const { context, page, errors } = await fresh({ viewport: PHONE, stored: { [DIARY]: SEEDED_DIARY } });
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Check' }).waitFor();
  await diaryByKeyboard(page);
  await tabTo(page, 'Lock the diary with a passphrase');
  await page.keyboard.press('Enter');
  await page.getByLabel('New passphrase', { exact: true }).waitFor();
  const afterOpen = await focused(page);
  // Wherever focus went when the button made way for the form, Tab reaches the field.
  await tabTo(page, 'New passphrase');
  await page.keyboard.type(PASS);
  await tabTo(page, 'Type the passphrase again');
  await page.keyboard.type(PASS);
  await page.keyboard.press('Enter');
  await page.getByText(TURNED_ON).waitFor();
  await assertNothingReadable(page, 'turned on by keyboard');

  await page.reload();
  await page.getByRole('tab', { name: 'Check' }).waitFor();
  await diaryByKeyboard(page);
  await lockedHeading(page).waitFor();
  const field = await tabTo(page, 'Passphrase');
  assert.equal(field.id, 'cw-lock-passphrase');
  await page.keyboard.type(PASS);
  await page.keyboard.press('Enter');
  await logButton(page).waitFor();
  await eventually(() => entries(page).count(), 3);
  assert.deepEqual(errors, []);
  await context.close();
  // Reported, not asserted: where focus lands when the form opens.
  console.log(`# focus after opening the turn-on form: ${JSON.stringify(afterOpen)}`);
});

test('keyboard focus stays in the lock settings when a button makes way for its form', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Diary' }).click();
  await diaryShown(page);
  const lockButton = page.getByRole('button', { name: 'Lock the diary with a passphrase' });
  await lockButton.focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('New passphrase', { exact: true }).waitFor();
  const inForm = await page.evaluate(() => {
    const el = document.getElementById('cramp-widget').shadowRoot.activeElement;
    return Boolean(el?.closest('.cw-lock-settings'));
  });
  await fillNew(page, PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText(TURNED_ON).waitFor();
  await page.getByRole('button', { name: 'Lock now' }).focus();
  await page.keyboard.press('Enter');
  await lockedHeading(page).waitFor();
  const onLockedScreen = await page.evaluate(() => {
    const el = document.getElementById('cramp-widget').shadowRoot.activeElement;
    return Boolean(el?.closest('#cw-panel-diary'));
  });
  assert.deepEqual({ inForm, onLockedScreen }, { inForm: true, onLockedScreen: true }, 'focus stays in the diary');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a check finished while locked waits, then is saved sealed after the unlock', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY, [LAST]: LAST_RESULT } });
  await openDiary(page);
  await turnOn(page);
  await page.reload();
  const oldResult = await stored(page, LAST);
  assert.ok(isEnvelope(oldResult));

  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByRole('heading', { name: 'First, a quick safety check', exact: true }).waitFor();
  await page.getByRole('checkbox', { name: 'Sudden shortness of breath or chest pain', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('.cw-check-level h3').waitFor();
  assert.equal((await page.locator('.cw-check-level h3').textContent()).trim(), 'Call 112 now');
  await page.getByText(WAITS).waitFor();
  assert.equal(await stored(page, LAST), oldResult, 'nothing is written while locked');
  await assertNothingReadable(page, 'with a result waiting');

  await page.getByRole('tab', { name: 'Diary' }).click();
  await lockedHeading(page).waitFor();
  await unlock(page);
  await eventually(async () => (await stored(page, LAST)) !== oldResult, true, 'the result is saved');
  const saved = await stored(page, LAST);
  assert.ok(isEnvelope(saved), 'sealed, not plain JSON');
  const record = JSON.parse(await openEnvelope(page, saved, PASS));
  assert.notDeepEqual(record.answers, JSON.parse(LAST_RESULT).answers, 'the new check, not the old one');
  await assertNothingReadable(page, 'after the held result was saved');
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByRole('tabpanel').first().waitFor();
  assert.equal(await page.getByText(WAITS).count(), 0, 'the waiting message is gone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Cramp now" while locked: the timed cramp waits for the unlock, then is saved sealed', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  await page.reload();
  await page.getByRole('button', { name: 'Cramp now' }).click();
  await page.getByRole('heading', { name: 'Ease the cramp' }).waitFor();
  await page.getByRole('button', { name: 'It has eased' }).click();
  await lockedHeading(page).waitFor();
  assert.ok(!(await widgetHtml(page)).includes(MARKER));
  await tryUnlock(page, PASS);
  await page.getByRole('heading', { name: 'Log a cramp' }).waitFor();
  await page.getByRole('radio', { name: 'Foot', exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await logButton(page).waitFor();
  await eventually(() => entries(page).count(), 4);
  await eventually(async () => (await lockedDiary(page)).entries.length, 4, 'saved sealed');
  await assertNothingReadable(page, 'after the timed cramp');
  assert.deepEqual(errors, []);
  await context.close();
});

test('answers in progress, sealed while the lock is on, survive a reload and the unlock', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByRole('checkbox', { name: 'None of these', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'About you', exact: true }).waitFor();
  await eventually(async () => isEnvelope(await stored(page, CHECKER)), true, 'progress is sealed');
  await page.reload();
  await page.getByRole('tab', { name: 'Check' }).waitFor();
  assert.ok(isEnvelope(await stored(page, CHECKER)), 'the sealed progress is still stored after a reload');
  await page.getByRole('tab', { name: 'Diary' }).click();
  await unlock(page);
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByRole('heading', { name: 'About you', exact: true }).waitFor({ timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('auto-lock: 15 minutes without use, or 5 minutes hidden', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await page.clock.install();
  // Playwright's clock numbers its timers from 10^12, past the 32-bit `long` that HTML gives a
  // timer handle and that web-sys keeps (i32): the widget's clearInterval would then get a
  // wrapped id and miss. Real browsers hand out small ids, so the page sees small ones here too.
  await page.addInitScript(() => {
    const real = {
      setTimeout: window.setTimeout, setInterval: window.setInterval,
      clearTimeout: window.clearTimeout, clearInterval: window.clearInterval,
    };
    const ids = new Map();
    let next = 1;
    for (const set of ['setTimeout', 'setInterval']) {
      window[set] = function (...args) {
        const small = next++;
        ids.set(small, real[set].apply(this, args));
        return small;
      };
    }
    for (const clear of ['clearTimeout', 'clearInterval']) {
      window[clear] = function (small) {
        const id = ids.get(small);
        ids.delete(small);
        return real[clear].call(this, id ?? small);
      };
    }
  });
  await openDiary(page);
  await turnOn(page);
  await eventually(() => entries(page).count(), 3);

  await page.clock.runFor(14 * 60_000);
  assert.equal(await entries(page).count(), 3, 'still open after 14 minutes');
  await page.clock.runFor(60_000 + 11_000);
  await lockedHeading(page).waitFor({ timeout: 5000 });
  assert.equal(await entries(page).count(), 0);
  assert.equal(await lockStatus(page), 'The diary is locked.');
  assert.ok(!(await widgetHtml(page)).includes(MARKER));

  // A key press in the widget restarts the fifteen minutes.
  await unlock(page);
  await page.clock.runFor(10 * 60_000);
  await page.getByRole('button', { name: 'Log a cramp' }).focus();
  await page.keyboard.press('Shift');
  await page.clock.runFor(10 * 60_000);
  assert.equal(await entries(page).count(), 3, 'use restarts the idle time');
  await page.clock.runFor(5 * 60_000 + 11_000);
  await lockedHeading(page).waitFor({ timeout: 5000 });

  await unlock(page);
  const setHidden = (hidden) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.clock.runFor(4 * 60_000);
  assert.equal(await entries(page).count(), 3, 'still open after 4 minutes hidden');
  await page.clock.runFor(60_000 + 11_000);
  await setHidden(false);
  await lockedHeading(page).waitFor({ timeout: 5000 });
  assert.equal(await entries(page).count(), 0, 'locked after 5 minutes hidden');

  // Shown again before five minutes: nothing locks.
  await unlock(page);
  await setHidden(true);
  await page.clock.runFor(3 * 60_000);
  await setHidden(false);
  await page.clock.runFor(3 * 60_000);
  assert.equal(await entries(page).count(), 3, 'hidden for 3 minutes, then shown: still open');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a locked backup downloads sealed and imports with its passphrase', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  assert.ok(await page.getByText('A locked backup opens only with your passphrase.', { exact: false }).isVisible());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a locked backup' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^cramp-diary-\d{4}-\d{2}-\d{2}-locked\.json$/);
  const file = await readFile(await download.path(), 'utf8');
  assert.ok(isEnvelope(file), file.slice(0, 80));
  for (const secret of [MARKER, '"entries"', ...NIGHTS]) assert.ok(!file.includes(secret), `the file shows ${secret}`);
  const inside = JSON.parse(await openEnvelope(page, file, PASS));
  assert.equal(inside.format, 'cramp-widget-diary');
  assert.equal(inside.entries.length, 3);
  assert.deepEqual(errors, []);

  const other = await fresh({ viewport: PHONE });
  await openDiary(other.page);
  assert.equal(await entries(other.page).count(), 0);
  await other.page.getByLabel('Import a diary file').setInputFiles(await download.path());
  await other.page.getByRole('heading', { name: 'This backup is locked' }).waitFor();
  const prompt = other.page.getByLabel(/^Type the passphrase it was locked with\./);
  await prompt.fill('not the passphrase');
  await other.page.getByRole('button', { name: 'Open the file' }).click();
  await other.page.getByText(WRONG).waitFor();
  assert.equal(await other.page.evaluate((k) => localStorage.getItem(k), DIARY), null, 'nothing imported');
  await prompt.fill(PASS);
  await other.page.getByRole('button', { name: 'Open the file' }).click();
  await other.page.getByRole('heading', { name: 'Import this diary file?' }).waitFor();
  assert.match(await other.page.locator('.cw-diary-import-count').textContent(), /^3 new entries will be added\.$/);
  await other.page.getByRole('button', { name: 'Import 3 entries' }).click();
  await eventually(() => entries(other.page).count(), 3);
  assert.match(await entries(other.page).first().textContent(), new RegExp(MARKER));
  assert.deepEqual(other.errors, []);
  await other.context.close();
  await context.close();
});

test('forgot the passphrase: delete everything from the locked screen', async () => {
  const { context, page, errors } = await fresh({
    stored: { [DIARY]: SEEDED_DIARY, [LAST]: LAST_RESULT, [BACKUP]: 'an unreadable old diary', [LANGUAGE]: 'en' },
  });
  await page.goto(release.server.url + '/');
  // Answers in progress, so that all four private values are stored.
  await page.getByRole('button', { name: 'Start a new check' }).click();
  await page.getByRole('checkbox', { name: 'None of these', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'About you', exact: true }).waitFor();
  await eventually(async () => (await stored(page, CHECKER)) !== null, true);
  await page.getByRole('tab', { name: 'Diary' }).click();
  await diaryShown(page);
  await turnOn(page);
  const locked = await assertNothingReadable(page, 'before forgetting');
  assert.deepEqual(PRIVATE.filter((k) => k in locked), PRIVATE, 'all four private values are sealed');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await lockedHeading(page).waitFor();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByText('Delete the locked diary? All its entries', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await logButton(page).waitFor();
  const left = await dump(page);
  for (const key of PRIVATE) assert.ok(!(key in left), `${key} is removed`);
  assert.equal(left[LANGUAGE], 'en', 'the language stays');
  assert.equal(await entries(page).count(), 0);
  assert.ok(await page.getByText('No cramps logged yet', { exact: false }).or(page.locator('.cw-diary-empty')).first().isVisible());
  assert.ok(await page.getByRole('button', { name: 'Lock the diary with a passphrase' }).isVisible(), 'the lock is off');
  await reloadDiary(page);
  assert.ok(await logButton(page).isVisible(), 'no locked screen after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the diary\'s own "Delete everything" while unlocked keeps the lock on', async () => {
  const { context, page, errors } = await fresh({ stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  await page.locator('.cw-diary-delete-all').click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await eventually(() => entries(page).count(), 0);
  await eventually(async () => (await lockedDiary(page)).entries?.length, 0, 'an empty diary, sealed');
  await assertNothingReadable(page, 'after deleting every entry');
  await reloadDiary(page);
  await lockedHeading(page).waitFor();
  await unlock(page);
  assert.equal(await entries(page).count(), 0);
  assert.ok(await page.getByRole('button', { name: 'Lock now' }).isVisible(), 'the lock is still on');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots: the locked screen and the turn-on form (phone, light and dark), the data section (desktop)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await fresh({ viewport: PHONE, colorScheme, stored: { [DIARY]: SEEDED_DIARY } });
    await openDiary(page);
    await openTurnOnForm(page);
    await page.locator('.cw-lock-form').scrollIntoViewIfNeeded();
    await screenshot(page, `lock-turn-on-form-375-${colorScheme}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await turnOn(page);
    await reloadDiary(page);
    await lockedHeading(page).waitFor();
    await screenshot(page, `lock-locked-375-${colorScheme}`);
    await tryUnlock(page, 'not the passphrase');
    await page.getByText(WRONG).waitFor();
    await screenshot(page, `lock-wrong-passphrase-375-${colorScheme}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { context, page, errors } = await fresh({ viewport: DESKTOP, stored: { [DIARY]: SEEDED_DIARY } });
  await openDiary(page);
  await turnOn(page);
  await page.locator('.cw-diary-transfer').scrollIntoViewIfNeeded();
  await screenshot(page, 'lock-data-section-1280');
  await assertNoViolations(page, 'the data section while unlocked');
  assert.deepEqual(errors, []);
  await context.close();
});
