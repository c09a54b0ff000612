// The proof that no word bypasses `Texts`: the test-only embed (dist/embed-pseudo-locale, cargo
// feature `pseudo-locale`) with lang="x-pseudo" marks every text as ⟦…⟧ and makes it about 30%
// longer. The test walks every screen and fails on any visible text, or any accessible name,
// with a letter outside the marks. The only words allowed unmarked are the patient's own (a
// diary note), the clinic's own (its name) and each language's name for itself in the menu. It also checks that the longer texts never
// make the page scroll sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot, collectErrors, PHONE } from './support.mjs';

const DIARY_KEY = 'cramp-widget/v1/diary';
const LAST_RESULT_KEY = 'cramp-widget/v1/last-result';
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pseudo</title></head>
<body><cramp-widget lang="x-pseudo" clinic-name="Riverside" clinic-phone="+44 20 7946 0000"
  booking-url="https://clinic.example/book" emergency-number="999"></cramp-widget>
<script src="cramp-widget.js"></script></body></html>`;

let server;
let browser;
before(async () => {
  server = await serve('dist/embed-pseudo-locale', { pages: { '/pseudo.html': PAGE, '/favicon.ico': '' } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open({ stored = {}, viewport = PHONE } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(stored));
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}/pseudo.html`);
  await page.locator('cramp-widget .cw-title').waitFor();
  return { page, context, errors };
}

/** Every text node, accessible name and option in the widget with a letter outside ⟦…⟧. */
async function unmarked(page) {
  return page.evaluate(() => {
    const root = document.querySelector('cramp-widget').shadowRoot;
    // Filled texts hold marked values (a date inside a sentence), so innermost marks go first.
    const outside = (text) => {
      let rest = text;
      for (let before = ''; before !== rest; ) {
        before = rest;
        rest = rest.replace(/\u27e6[^\u27e6\u27e7]*\u27e7/g, '');
      }
      return rest;
    };
    // Words that are not the widget's, which the widget marks translate="no": the patient's
    // note, the clinic's name and each language's own name in the menu.
    const own = (node) => node.parentElement?.closest('[translate=no], style');
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!own(node) && /\p{L}/u.test(outside(node.textContent))) found.push(node.textContent.trim());
    }
    for (const element of root.querySelectorAll('[aria-label], [aria-roledescription], [aria-valuetext]')) {
      for (const name of ['aria-label', 'aria-roledescription', 'aria-valuetext']) {
        const value = element.getAttribute(name);
        if (value && /\p{L}/u.test(outside(value))) found.push(`${name}="${value}"`);
      }
    }
    return found;
  });
}

async function assertMarked(page, screen) {
  const found = await unmarked(page);
  assert.deepEqual(found, [], `${screen}: words that do not come from Texts`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, `${screen}: no sideways scrolling at ${page.viewportSize().width} px`);
}

const button = (page, name) => page.getByRole('button', { name: new RegExp(name) });
const heading = (page, name) => page.getByRole('heading', { name: new RegExp(name) });

test('every checker step and the result are marked', async () => {
  const { page, context, errors } = await open({ viewport: { width: 320, height: 700 } });
  await heading(page, 'First, a quick safety check').waitFor();
  await assertMarked(page, 'step 1');
  await button(page, '^\u27e6Next').click();
  await page.getByRole('alert').waitFor();
  await assertMarked(page, 'step 1 with its prompt');
  await page.getByRole('checkbox', { name: /None of these/ }).first().check();
  for (let step = 2; step <= 9; step++) {
    await button(page, '^\u27e6Next').click();
    await page.getByText(new RegExp(`Step ${step} of 9`)).waitFor();
    const first = page.locator('.cw-check-form input').first();
    if (await first.count()) await first.check();
    await assertMarked(page, `step ${step}`);
  }
  await button(page, '^\u27e6Next').click();
  await heading(page, 'Check your answers').waitFor();
  await assertMarked(page, 'the review');
  await button(page, 'See my result').click();
  await page.locator('.cw-check-level h3').waitFor();
  for (const why of await page.getByText(/Why am I seeing this/).all()) await why.click();
  await assertMarked(page, 'the result with its reasons open');
  await button(page, '^\u27e6Start again').click();
  await assertMarked(page, 'the start-again question');
  await screenshot(page, 'pseudo-result-320');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [level, answers] of [
  ['emergency', { red_flags: ['breathless_or_chest_pain'] }],
  ['urgent', { red_flags: ['one_leg_swollen'], clot_risks: ['previous_clot'] }],
  ['gp', { frequency: '3_plus_per_week', medicines: ['statin'], conditions: ['peripheral_artery_disease'] }],
  ['self care', { frequency: 'less_than_weekly', lifestyle: ['no_stretching'], conditions: ['diabetes'] }],
]) {
  test(`the ${level} result, the last-check screen and the tips after it are marked`, async () => {
    const checkedOn = new Date().toISOString().slice(0, 10);
    const { page, context, errors } = await open({
      stored: { [LAST_RESULT_KEY]: JSON.stringify({ checked_on: checkedOn, answers }) },
    });
    await page.locator('.cw-check-last').waitFor();
    await assertMarked(page, `the last-check screen (${level})`);
    await button(page, 'See the result').click();
    await page.locator('.cw-check-level h3').waitFor();
    for (const why of await page.getByText(/Why am I seeing this/).all()) await why.click();
    await assertMarked(page, `the ${level} result`);
    await page.getByRole('tab', { name: /Tips/ }).click();
    await page.locator('.cw-tips-carousel').waitFor();
    await assertMarked(page, `the tips after a ${level} check`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the tips carousel, stopped and moving, is marked', async () => {
  const { page, context, errors } = await open();
  await page.getByRole('tab', { name: /Tips/ }).click();
  await page.locator('.cw-tips-carousel').waitFor();
  await assertMarked(page, 'the tips');
  await button(page, 'Next tip').click();
  await button(page, 'Start automatic slide show').click();
  await assertMarked(page, 'the tips with the slide show on');
  assert.deepEqual(errors, []);
  await context.close();
});

function sixNights() {
  const day = (back) => new Date(Date.now() - back * 86400000).toISOString().slice(0, 10);
  const entries = [2, 3, 4, 7, 9, 13].map((back, i) => ({
    i: 1735689600000000 + i, n: day(back), m: 'cfct'[i % 4], s: 'lrb'[i % 3],
    d: i === 0 ? 15 : 1 + (i % 4), p: 3 + i, z: 2 + i, t: i % 2 ? 'fxa' : 'n', h: i % 2 ? 's' : 'sw',
    o: i === 1 ? 'calf red and hot, chest pain' : '',
  }));
  return JSON.stringify({ v: 2, entries });
}

test('the diary: empty, the form, entries with alerts, the doctor summary, import and delete', async () => {
  const { page, context, errors } = await open();
  await page.getByRole('tab', { name: /Diary/ }).click();
  await button(page, 'Log a cramp').first().waitFor();
  await assertMarked(page, 'the empty diary');
  await button(page, 'Log a cramp').first().click();
  await page.getByText(/Add more details/).click();
  await assertMarked(page, 'the diary form');
  await page.locator('#cw-diary-duration').fill('abc');
  await button(page, '^\u27e6Save').click();
  await page.locator('.cw-diary-problem').waitFor();
  await assertMarked(page, 'the diary form with a problem');
  await page.locator('#cw-diary-duration').fill('3');
  await button(page, '^\u27e6Save').click();
  await page.locator('.cw-diary-status--done').waitFor();
  await assertMarked(page, 'the diary after a save');
  await page.locator('.cw-diary-entry-actions button').nth(1).click();
  await page.locator('.cw-diary-undo').waitFor();
  await assertMarked(page, 'the diary after a delete, with Undo');
  await context.close();

  const withEntries = await open({ stored: { [DIARY_KEY]: sixNights() } });
  const diary = withEntries.page;
  await diary.getByRole('tab', { name: /Diary/ }).click();
  await diary.locator('.cw-diary-alert').first().waitFor();
  await diary.getByText(/Show the numbers/).click();
  await assertMarked(diary, 'the diary with entries and alert cards');
  await button(diary, 'Summary for your doctor').click();
  await diary.locator('.cw-diary-summary').waitFor();
  await assertMarked(diary, 'the doctor summary');
  await button(diary, 'Back to the diary').click();
  const file = (body) => ({ name: 'diary.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  const night = new Date(Date.now() - 20 * 86400000).toISOString().slice(0, 10);
  await diary.locator('#cw-diary-import-file').setInputFiles(file(JSON.stringify({
    format: 'cramp-widget-diary', version: 2, exported: night,
    entries: [{ id: 1, night, muscle: 'calf', side: 'left', duration_min: 2, pain: 3, sleep_disturbance: 2 }],
  })));
  await diary.locator('.cw-diary-confirm').waitFor();
  await assertMarked(diary, 'the import preview');
  await button(diary, '^\u27e6Cancel').click();
  await diary.locator('#cw-diary-import-file').setInputFiles(file('not json'));
  await diary.locator('.cw-diary-status--problem').waitFor();
  await assertMarked(diary, 'an import refused');
  await button(diary, 'Delete everything').click();
  await diary.locator('.cw-diary-confirm').waitFor();
  await assertMarked(diary, 'the delete-all question');
  await screenshot(diary, 'pseudo-diary-phone');
  assert.deepEqual(withEntries.errors, []);
  await withEntries.context.close();
  assert.deepEqual(errors, []);
});

test('the storage notices are marked', async () => {
  for (const [notice, stored] of [
    ['a damaged diary', '{"v":2,"entries":[{"broken"'],
    ['a diary from a newer version', '{"v":99,"entries":[]}'],
  ]) {
    const { page, context, errors } = await open({ stored: { [DIARY_KEY]: stored } });
    await page.getByRole('tab', { name: /Diary/ }).click();
    await page.locator('.cw-diary-notice').waitFor();
    await assertMarked(page, notice);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // A full quota: the save is refused, the form keeps the entry and says why.
  const full = await open();
  await full.page.evaluate(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await full.page.getByRole('tab', { name: /Diary/ }).click();
  await button(full.page, 'Log a cramp').first().click();
  await button(full.page, '^\u27e6Save').click();
  await full.page.locator('.cw-diary-problem').waitFor();
  await assertMarked(full.page, 'a save refused by a full quota');
  await full.context.close();
  const blocked = await browser.newContext({ viewport: PHONE });
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await blocked.newPage();
  await page.goto(`${server.url}/pseudo.html`);
  await page.locator('cramp-widget .cw-notice').first().waitFor();
  await assertMarked(page, 'storage switched off');
  await page.getByRole('tab', { name: /Diary/ }).click();
  await assertMarked(page, 'the diary with storage switched off');
  await blocked.close();
});
