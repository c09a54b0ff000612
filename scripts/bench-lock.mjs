// The diary lock at scale in the browser: 3,650 stored entries (ten years of nightly logging),
// locked with a passphrase. It times, as medians over RUNS runs, in the page with
// performance.now():
//   - unlocking: from the click on "Unlock" to the first diary entry visible, after a reload;
//   - the key derivation alone: crypto.subtle.deriveKey, PBKDF2-SHA256 with 600,000 iterations;
//   - one save: from the click on Save (Log a cramp → Foot → Save) to the diary's localStorage
//     write (Storage.prototype.setItem wrapped in the page), and to "Cramp saved in your
//     diary." visible, with the lock on and again with it off.
// A benchmark, not a test: it prints figures and never fails on a slow machine.
import { DIST, serve, launch } from '../tests/e2e/support.mjs';
import { median, storedDiary } from './bench-tools.mjs';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
const ENTRIES = Number(process.env.ENTRIES ?? 3650);
const PASS = 'correct horse battery staple';
const DIARY_KEY = 'cramp-widget/v1/diary';

/** Types the passphrase, clicks Unlock and resolves to the ms until an entry is visible. */
function timeUnlock(page) {
  return page.evaluate(
    (pass) =>
      new Promise((resolve, reject) => {
        const root = document.getElementById('cramp-widget').shadowRoot;
        const field = root.getElementById('cw-lock-passphrase');
        const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Unlock');
        if (!field || !button) return reject(new Error('the locked screen is not shown'));
        field.value = pass;
        const start = performance.now();
        button.click();
        (function poll() {
          const entry = root.querySelector('.cw-diary-entry');
          if (entry && entry.checkVisibility()) return resolve(performance.now() - start);
          if (performance.now() - start > 30_000) return reject(new Error('no entry after 30 s'));
          setTimeout(poll, 0);
        })();
      }),
    PASS,
  );
}

/** PBKDF2-SHA256, 600,000 iterations, to an AES-GCM key, as the widget derives it. */
function timeKdf(page) {
  return page.evaluate(async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const start = performance.now();
    const base = await crypto.subtle.importKey(
      'raw', new TextEncoder().encode('correct horse battery staple'), 'PBKDF2', false, ['deriveKey'],
    );
    await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
      base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
    );
    return performance.now() - start;
  });
}

/** Records the time of every diary write, once per page. */
function watchWrites(page) {
  return page.evaluate((key) => {
    if (window.__diaryWrites) return;
    window.__diaryWrites = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      const result = setItem.call(this, k, v);
      if (k === key) window.__diaryWrites.push({ at: performance.now(), length: String(v).length });
      return result;
    };
  }, DIARY_KEY);
}

/** Opens the form, picks Foot, then times Save → the diary write and → the saved status. */
async function timeSave(page) {
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('radio', { name: 'Foot', exact: true }).check();
  const timing = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const root = document.getElementById('cramp-widget').shadowRoot;
        const save = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save');
        if (!save) return reject(new Error('no Save button'));
        const writes = window.__diaryWrites.length;
        const start = performance.now();
        save.click();
        (function poll() {
          const status = root.querySelector('.cw-diary-status');
          const saved = status?.textContent.includes('Cramp saved in your diary.') && status.checkVisibility();
          const written = window.__diaryWrites[writes];
          if (saved && written) {
            return resolve({
              write: written.at - start,
              status: performance.now() - start,
              length: written.length,
            });
          }
          if (performance.now() - start > 30_000) return reject(new Error('not saved after 30 s'));
          setTimeout(poll, 0);
        })();
      }),
  );
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  return timing;
}

async function openDiary(page) {
  await page.getByRole('tab', { name: 'Diary' }).click();
  await page
    .getByRole('button', { name: 'Log a cramp' })
    .or(page.getByRole('heading', { name: 'Your diary is locked' }))
    .first()
    .waitFor({ timeout: 60_000 });
}

const value = storedDiary(ENTRIES);
const server = await serve(DIST);
const browser = await launch();
const results = { unlock: [], kdf: [], lockedWrite: [], lockedStatus: [], plainWrite: [], plainStatus: [] };
const lengths = {};
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((v) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('cramp-widget/v1/diary', v);
  }, value);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(server.url + '/');
  await openDiary(page);
  await page.getByRole('button', { name: 'Lock the diary with a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Type the passphrase again', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The diary is locked. You will need the passphrase').waitFor();

  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await openDiary(page);
    // A moment for the engine to settle after start-up, as a person would take to type.
    await page.waitForTimeout(500);
    results.unlock.push(await timeUnlock(page));
  }
  for (let run = 0; run < RUNS; run++) results.kdf.push(await timeKdf(page));

  await watchWrites(page);
  for (let run = 0; run < RUNS; run++) {
    const timing = await timeSave(page);
    results.lockedWrite.push(timing.write);
    results.lockedStatus.push(timing.status);
    lengths.locked = timing.length;
  }

  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByText('The lock is off.', { exact: false }).waitFor();
  for (let run = 0; run < RUNS; run++) {
    const timing = await timeSave(page);
    results.plainWrite.push(timing.write);
    results.plainStatus.push(timing.status);
    lengths.plain = timing.length;
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `diary lock in the browser: ${ENTRIES} entries (${kb(value.length)} plain, ` +
    `${kb(lengths.locked ?? 0)} locked after the saves), ${RUNS} runs each`,
);
console.log('| measure | median ms | min ms | max ms | target |');
console.log('|---|---:|---:|---:|---|');
const row = (label, values, target = '') =>
  console.log(
    `| ${label} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${Math.max(...values).toFixed(1)} | ${target} |`,
  );
row('unlock: click to the first entry visible', results.unlock, '< 1000');
row('key derivation alone (PBKDF2-SHA256, 600,000)', results.kdf);
row('save, lock on: click to the diary write', results.lockedWrite);
row('save, lock off: click to the diary write', results.plainWrite);
row('save, lock on: click to "Cramp saved" visible', results.lockedStatus);
row('save, lock off: click to "Cramp saved" visible', results.plainStatus);
const extraWrite = median(results.lockedWrite) - median(results.plainWrite);
const extraStatus = median(results.lockedStatus) - median(results.plainStatus);
console.log(
  `extra time of an encrypted save (difference of medians): ${extraWrite.toFixed(1)} ms to the write, ` +
    `${extraStatus.toFixed(1)} ms to the status (target < 10)`,
);
