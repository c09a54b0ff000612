// The diary panel end to end, in the release build: logging, editing, deleting with undo,
// persistence across reloads, export and import into a fresh profile, two tabs in sync, the
// doctor summary and its print layout, and screenshots at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useReleaseBuild, screenshot, collectErrors, twoTabs, PHONE, DESKTOP } from './support.mjs';

const release = useReleaseBuild();

const entries = (page) => page.locator('.cw-diary-entry');

/** Polls until `read()` returns `expected` (the UI updates after an event loop turn). */
async function eventually(read, expected, what) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.deepEqual(last, expected, what);
}

async function openDiary(page) {
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Diary' }).click();
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
}

async function statusText(page) {
  return (await page.locator('.cw-diary-status').textContent()).trim();
}

/** Log a cramp → pick the muscle → Save: the three taps the diary promises. */
async function logCramp(page, muscle) {
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('radio', { name: muscle, exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
}

/** A diary of the last ten weeks plus a finished check, written before the page loads. */
async function seed(context) {
  await context.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const day = (back) => {
      const d = new Date();
      d.setDate(d.getDate() - back);
      const pad = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    };
    const list = [];
    let id = 1735689600000000;
    for (let back = 1; back < 84; back += 1 + (back % 3)) {
      list.push({
        i: id++, n: day(back), m: 'cfct'[back % 4], s: 'lrb'[back % 3],
        d: 1 + (back % 4), p: 3 + (back % 6), z: 2 + (back % 7),
        t: back % 3 ? 'fx' : 'n', h: back % 2 ? 's' : 'sw',
        o: back === 3 ? 'Woke at 3 a.m. Eased after stretching the calf.' : '',
      });
    }
    localStorage.setItem('cramp-widget/v1/diary', JSON.stringify({ v: 2, entries: list }));
    localStorage.setItem('cramp-widget/v1/last-result', JSON.stringify({
      checked_on: day(2),
      answers: { frequency: '3_plus_per_week', medicines: ['statin', 'diuretic'], sleep_affected: true },
    }));
  });
}

test('log, edit, delete with undo, and keep it after a reload', async () => {
  const context = await release.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await openDiary(page);

  await logCramp(page, 'Foot');
  assert.equal(await statusText(page), 'Cramp saved in your diary.');
  await eventually(() => entries(page).count(), 1);
  assert.match(await entries(page).first().textContent(), /Foot · Left leg/);

  await page.getByRole('button', { name: /^Edit the cramp on/ }).click();
  await page.getByRole('slider', { name: /How bad was the pain/ }).fill('8');
  await page.getByRole('button', { name: 'One minute more' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  assert.equal(await statusText(page), 'Your changes are saved.');
  assert.match(await entries(page).first().textContent(), /3 minutes.*Pain 8 of 10/);

  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('radio', { name: /Night before/ }).check();
  await page.getByRole('radio', { name: 'Thigh', exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await eventually(() => entries(page).count(), 2);

  await page.getByRole('button', { name: /^Delete the cramp on/ }).first().click();
  await eventually(() => entries(page).count(), 1);
  assert.equal(await statusText(page), 'Entry deleted.Undo');
  const undo = page.getByRole('button', { name: 'Undo' });
  assert.ok(await undo.evaluate((el) => el.getRootNode().activeElement === el), 'Undo has focus');
  await undo.click();
  await eventually(() => entries(page).count(), 2);
  assert.equal(await statusText(page), 'The entry is back in your diary.');

  await page.getByRole('button', { name: /^Delete the cramp on/ }).last().click();
  await eventually(() => entries(page).count(), 1);

  await page.reload();
  await page.getByRole('tab', { name: 'Diary' }).click();
  await eventually(() => entries(page).count(), 1, 'the diary survives a reload');
  assert.match(await entries(page).first().textContent(), /Foot.*Pain 8 of 10/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('export JSON and CSV, then import into a fresh browser profile', async () => {
  const first = await release.browser.newContext({ viewport: DESKTOP });
  const page = await first.newPage();
  const errors = collectErrors(page);
  await openDiary(page);
  await logCramp(page, 'Calf (back of the lower leg)');
  await logCramp(page, 'Thigh');

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  assert.match(json.suggestedFilename(), /^cramp-diary-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(exported.format, 'cramp-widget-diary');
  assert.equal(exported.entries.length, 2);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.match(csv.suggestedFilename(), /^cramp-diary-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(rows[0], '\ufeffid,night,muscle,side,duration_min,pain,sleep_disturbance,triggers,helped,note');
  assert.equal(rows.length, 3);
  assert.deepEqual(errors, []);

  const fresh = await release.browser.newContext({ viewport: PHONE });
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await openDiary(other);
  assert.equal(await entries(other).count(), 0);

  await other.getByLabel('Import a diary file').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": nope'),
  });
  await other.getByText('Nothing was imported.', { exact: false }).waitFor();
  assert.equal(await entries(other).count(), 0, 'a bad file changes nothing');

  await other.getByLabel('Import a diary file').setInputFiles(await json.path());
  await other.getByRole('heading', { name: 'Import this diary file?' }).waitFor();
  assert.match(await other.locator('.cw-diary-import-count').textContent(), /^2 new entries will be added\.$/);
  assert.equal(await entries(other).count(), 0, 'nothing merges before the patient agrees');
  await screenshot(other, 'diary-import-preview-phone');
  await other.getByRole('button', { name: 'Import 2 entries' }).click();
  assert.equal(await statusText(other), 'Imported 2 entries.');
  await eventually(() => entries(other).count(), 2);

  await other.getByLabel('Import a diary file').setInputFiles(await json.path());
  await other.getByText('There is nothing new to import. 2 entries already in your diary will be skipped.').waitFor();
  await other.getByRole('button', { name: 'Back to the diary' }).click();

  await other.reload();
  await other.getByRole('tab', { name: 'Diary' }).click();
  await eventually(() => entries(other).count(), 2, 'the import was saved');
  assert.deepEqual(otherErrors, []);
  await first.close();
  await fresh.close();
});

test('two tabs stay in sync, and an open form keeps its input', async () => {
  const { context, one, two, errors, use } = await twoTabs(release.browser);
  await openDiary(await use(one));
  await openDiary(await use(two));

  await logCramp(await use(one), 'Foot');
  await eventually(() => entries(two).count(), 1, 'the other tab hears the save');

  await (await use(two)).getByRole('button', { name: 'Log a cramp' }).click();
  await two.getByText('Add more details (optional)').click();
  await two.getByLabel('Note').fill('Right calf, woke me twice');
  await logCramp(await use(one), 'Thigh');
  await eventually(() => entries(one).count(), 2);
  await use(two);
  assert.equal(await two.getByLabel('Note').inputValue(), 'Right calf, woke me twice');
  await two.getByRole('button', { name: 'Save' }).click();
  await eventually(() => entries(two).count(), 3, "the save includes the other tab's entry");
  await eventually(() => entries(one).count(), 3, 'and the first tab hears it back');

  await (await use(one)).getByRole('button', { name: 'Delete everything' }).click();
  await one.getByRole('button', { name: 'Yes, delete everything' }).click();
  await eventually(() => entries(two).count(), 0, 'deleting everything reaches the other tab');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`screens and the doctor summary (${name})`, async () => {
    const empty = await release.browser.newContext({ viewport });
    const blank = await empty.newPage();
    await openDiary(blank);
    await screenshot(blank, `diary-empty-${name}`);
    await empty.close();

    const context = await release.browser.newContext({ viewport });
    await seed(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await openDiary(page);
    assert.equal(await entries(page).count(), 20, 'the list shows a window, not every entry');
    assert.match(
      await page.locator('.cw-diary-alert--gp').textContent(),
      /Your diary shows:Cramps 3 or more nights a week \(\d nights in the week of /,
      'the gp card names the latest busy week',
    );
    await page.getByRole('button', { name: /^Show \d+ more$/ }).waitFor();
    const chart = page.getByRole('img', { name: /^Bar chart of nights with a cramp/ });
    assert.match(await chart.getAttribute('aria-label'), /last 12 weeks/);
    await screenshot(page, `diary-list-${name}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);

    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByText('Add more details (optional)').click();
    await page.getByRole('checkbox', { name: 'Not drinking enough' }).check();
    await screenshot(page, `diary-form-${name}`);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Summary for your doctor' }).click();
    const summary = page.locator('.cw-diary-summary');
    await page.getByRole('heading', { name: 'Summary for your doctor' }).waitFor();
    const text = await summary.textContent();
    assert.match(text, /Self-reported by the patient/);
    assert.match(text, /Period covered/);
    assert.match(text, /A statin for cholesterol/);
    assert.match(text, /Water tablets \(diuretics\)/);
    assert.match(text, /Book an appointment with your doctor/);
    assert.match(text, /What the diary flagsCramps 3 or more nights a week \(\d nights in the week of /);
    assert.match(text, /NICE Clinical Knowledge Summary/);
    await screenshot(page, `diary-summary-${name}`);

    await page.getByRole('button', { name: 'Print' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'buttons do not print');
    assert.equal(await page.getByRole('tab', { name: 'Diary' }).isVisible(), false, 'tabs do not print');
    assert.equal(await summary.isVisible(), true);
    await screenshot(page, `diary-summary-print-${name}`);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Back to the diary' }).click();
    await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}
