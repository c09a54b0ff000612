// WCAG 2.2 AA gates in the release build. axe-core scans the widget's shadow root on every
// screen a visitor can reach: each checker step and the review, the four result levels, the
// tips carousel stopped and rotating, and the diary empty, with entries, its form and the
// doctor summary. Reduced motion must leave nothing animating, and every panel must reflow
// without sideways scrolling at 320 px and at 640 px (1280 px at 200% zoom).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useReleaseBuild, assertNoViolations, screenshot, collectErrors, PHONE, DESKTOP } from './support.mjs';

const LAST_RESULT_KEY = 'cramp-widget/v1/last-result';
const DIARY_KEY = 'cramp-widget/v1/diary';
const NARROW = { width: 320, height: 640 };
/** 1280 CSS px at 200% zoom lays out like a 640 px wide window. */
const ZOOMED = { width: 640, height: 450 };

const release = useReleaseBuild();

/**
 * A fresh context (its own storage) on the app; `stored` maps localStorage keys to values
 * written before the widget starts.
 */
async function open({ viewport = PHONE, reducedMotion = 'no-preference', stored = {} } = {}) {
  const context = await release.browser.newContext({ viewport, reducedMotion });
  await context.addInitScript((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(stored));
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Check' }).waitFor();
  return { page, context, errors };
}

/** Scans at each width in `viewports`, ending at the width the page started with. */
async function scanAt(page, screen, viewports) {
  const start = page.viewportSize();
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await assertNoViolations(page, screen);
  }
  await page.setViewportSize(start);
}

const heading = (page, name) => page.getByRole('heading', { name, exact: true });

/** Picks `label` in the question `legend` (radio or checkbox). */
async function answer(page, legend, label) {
  const group = page.getByRole('group', { name: legend });
  await group.getByRole('radio', { name: label, exact: true })
    .or(group.getByRole('checkbox', { name: label, exact: true }))
    .check();
}

const STEPS = [
  ['First, a quick safety check', { 'Do you have any of these right now?': 'None of these' }],
  ['About you', { 'How old are you?': '65 or older' }],
  ['How often and how long', { 'How often do you get leg cramps?': 'About twice a week' }],
  ['Where, and your sleep', { 'Where do you get the cramps?': 'Calf (back of the lower leg)' }],
  ['Other symptoms', { 'Have you noticed any of these?': 'None of these' }],
  ['Blood clot risks', { 'Do any of these apply to you?': 'None of these' }],
  ['Medicines', { 'Do you take any of these medicines?': 'Water tablets (diuretics)' }],
  ['Health conditions', { 'Do you have any of these health conditions?': 'None of these' }],
  ['Daily habits', { 'Do any of these fit your daily life?': 'I rarely stretch' }],
];

test('axe: every checker step, the error prompt, the review and a result', async () => {
  const { page, context, errors } = await open();
  await heading(page, STEPS[0][0]).waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await scanAt(page, 'step 1 with its error prompt', [PHONE, DESKTOP]);
  for (const [index, [title, answers]] of STEPS.entries()) {
    await heading(page, title).waitFor();
    for (const [legend, label] of Object.entries(answers)) await answer(page, legend, label);
    // Scanned after answering: the medicines step grows a follow-up question once a medicine
    // is ticked. Phone width is the tightest layout; a few steps are scanned at both widths.
    await scanAt(page, `step ${index + 1} "${title}"`, index % 4 === 0 ? [PHONE, DESKTOP] : [PHONE]);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await heading(page, 'Check your answers').waitFor();
  await scanAt(page, 'the review', [PHONE, DESKTOP]);
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.locator('.cw-check-level h3').waitFor();
  for (const why of await page.getByText('Why am I seeing this?').all()) await why.click();
  await scanAt(page, 'the result with its reasons open', [PHONE, DESKTOP]);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).waitFor();
  await assertNoViolations(page, 'the start-again confirmation');
  assert.deepEqual(errors, []);
  await context.close();
});

const LEVELS = [
  ['Call 112 now', { red_flags: ['breathless_or_chest_pain'] }],
  ['Get medical advice today', { duration: 'over_10_min' }],
  ['Book an appointment with your doctor', { frequency: '3_plus_per_week', medicines: ['statin'] }],
  ['You can usually manage this at home', { frequency: 'less_than_weekly', lifestyle: ['no_stretching'] }],
];

for (const [headline, answers] of LEVELS) {
  test(`axe: the "${headline}" result and the last-check screen`, async () => {
    const checkedOn = new Date().toISOString().slice(0, 10);
    const { page, context, errors } = await open({
      stored: { [LAST_RESULT_KEY]: JSON.stringify({ checked_on: checkedOn, answers }) },
    });
    await heading(page, 'Check your cramps').waitFor();
    await assertNoViolations(page, 'the last-check screen');
    await page.getByRole('button', { name: 'See the result' }).click();
    const card = page.locator('.cw-check-level h3');
    await card.waitFor();
    assert.equal((await card.textContent()).trim(), headline);
    for (const why of await page.getByText('Why am I seeing this?').all()) await why.click();
    await scanAt(page, `the "${headline}" result`, [PHONE, DESKTOP]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('axe: the tips carousel stopped, rotating, and with reduced motion', async () => {
  const { page, context, errors } = await open({ viewport: DESKTOP });
  await page.clock.install();
  await page.reload();
  await page.getByRole('tab', { name: 'Tips' }).click();
  await page.getByRole('region', { name: 'Tips to prevent night cramps' }).waitFor();
  await scanAt(page, 'the carousel, stopped', [DESKTOP, PHONE]);
  await page.getByRole('button', { name: 'Start automatic slide show' }).click();
  await page.clock.runFor(6000);
  await page.getByRole('button', { name: 'Stop automatic slide show' }).waitFor();
  await assertNoViolations(page, 'the carousel, rotating');
  assert.deepEqual(errors, []);
  await context.close();

  const calm = await open({ reducedMotion: 'reduce' });
  await calm.page.getByRole('tab', { name: 'Tips' }).click();
  await calm.page.getByText('The slide show is off because your device is set to reduce motion.').waitFor();
  await assertNoViolations(calm.page, 'the carousel with reduced motion');
  assert.deepEqual(calm.errors, []);
  await calm.context.close();
});

/** A diary of six nights over the last three weeks, in the stored format. */
function diaryOfSixNights() {
  const day = (back) => {
    const d = new Date(Date.now() - back * 86400000);
    return d.toISOString().slice(0, 10);
  };
  const entries = [2, 4, 7, 9, 13, 18].map((back, i) => ({
    i: 1735689600000000 + i, n: day(back), m: 'cfct'[i % 4], s: 'lrb'[i % 3],
    d: 1 + (i % 4), p: 3 + i, z: 2 + i, t: i % 2 ? 'fx' : 'n', h: i % 2 ? 's' : 'sw',
    o: i === 0 ? 'Woke at 3 a.m. Eased after stretching the calf.' : '',
  }));
  return JSON.stringify({ v: 2, entries });
}

async function openDiary(options) {
  const opened = await open(options);
  await opened.page.getByRole('tab', { name: 'Diary' }).click();
  await opened.page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  return opened;
}

test('axe: the empty diary and its form', async () => {
  const { page, context, errors } = await openDiary();
  await scanAt(page, 'the empty diary', [PHONE, DESKTOP]);
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByText('Add more details (optional)').click();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  await scanAt(page, 'the diary form with details open', [PHONE, DESKTOP]);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  await assertNoViolations(page, 'the diary after a save, with its status message');
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe: the diary with entries and the doctor summary', async () => {
  const { page, context, errors } = await openDiary({
    stored: {
      [DIARY_KEY]: diaryOfSixNights(),
      [LAST_RESULT_KEY]: JSON.stringify({ checked_on: new Date().toISOString().slice(0, 10), answers: { frequency: '3_plus_per_week', medicines: ['statin'] } }),
    },
  });
  await page.locator('.cw-diary-entry').first().waitFor();
  await scanAt(page, 'the diary with entries', [PHONE, DESKTOP]);
  await page.getByRole('button', { name: /^Edit the cramp on/ }).first().click();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  await assertNoViolations(page, 'the diary form editing an entry');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: /^Delete the cramp on/ }).first().click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await assertNoViolations(page, 'the diary with an undo offer');
  await page.getByRole('button', { name: 'Summary for your doctor' }).click();
  await heading(page, 'Summary for your doctor').waitFor();
  await scanAt(page, 'the doctor summary', [PHONE, DESKTOP]);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Every element in the shadow root with a running animation or a non-zero transition. */
async function movingElements(page) {
  return page.evaluate(() => {
    const root = document.getElementById('cramp-widget').shadowRoot;
    const moving = [];
    for (const el of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
        const still = style.animationName === 'none' && durations.every((d) => parseFloat(d) === 0);
        if (!still) moving.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`);
      }
      if (el.getAnimations().length) moving.push(`${el.tagName.toLowerCase()}.${el.className} (running)`);
    }
    return moving;
  });
}

test('reduced motion: nothing in the widget animates, and the tips never rotate', async () => {
  const { page, context, errors } = await open({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.reload();
  await heading(page, STEPS[0][0]).waitFor();
  assert.deepEqual(await movingElements(page), [], 'checker');
  await answer(page, 'Do you have any of these right now?', 'Sudden shortness of breath or chest pain');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('.cw-check-level h3').waitFor();
  // The result's "Why am I seeing this?" toggles are the widget's one transition.
  for (const why of await page.getByText('Why am I seeing this?').all()) await why.click();
  assert.deepEqual(await movingElements(page), [], 'checker result');

  await page.getByRole('tab', { name: 'Tips' }).click();
  const shown = page.locator('[aria-roledescription=slide]:not([hidden])');
  await shown.waitFor();
  assert.equal(await page.getByRole('button', { name: /automatic slide show/ }).count(), 0);
  await page.clock.runFor(6000 * 4);
  assert.equal(await shown.getAttribute('aria-label'), '1 of 15', 'the tips never rotate');
  await page.getByRole('button', { name: 'Next tip' }).click();
  assert.deepEqual(await movingElements(page), [], 'tips');

  await page.getByRole('tab', { name: 'Diary' }).click();
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByText('Add more details (optional)').click();
  assert.deepEqual(await movingElements(page), [], 'diary form');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * How far the document and the widget's root overflow sideways, in CSS px, and any box inside
 * the widget that scrolls sideways on its own.
 */
async function overflow(page) {
  return page.evaluate(() => {
    const root = document.getElementById('cramp-widget').shadowRoot.querySelector('.cw');
    const doc = document.documentElement;
    const wide = [...root.querySelectorAll('*')]
      .filter((el) => el.scrollWidth > el.clientWidth && /auto|scroll/.test(getComputedStyle(el).overflowX))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { document: doc.scrollWidth - doc.clientWidth, widget: root.scrollWidth - root.clientWidth, scrollers: wide };
  });
}

async function assertReflows(page, screen, name) {
  const found = await overflow(page);
  assert.deepEqual(found, { document: 0, widget: 0, scrollers: [] }, `${screen} scrolls sideways`);
  await screenshot(page, `a11y-reflow-${name}`);
}

for (const [name, viewport] of [['320', NARROW], ['640-zoom200', ZOOMED]]) {
  test(`reflow at ${name}: every panel fits without sideways scrolling`, async () => {
    const { page, context, errors } = await open({
      viewport,
      stored: { [DIARY_KEY]: diaryOfSixNights() },
    });
    await heading(page, STEPS[0][0]).waitFor();
    await assertReflows(page, 'check step 1', `check-${name}`);
    await answer(page, 'Do you have any of these right now?', 'Sudden shortness of breath or chest pain');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.locator('.cw-check-level h3').waitFor();
    await page.getByText('Why am I seeing this?').first().click();
    await assertReflows(page, 'the emergency result', `result-${name}`);

    await page.getByRole('tab', { name: 'Tips' }).click();
    await page.getByRole('region', { name: 'Tips to prevent night cramps' }).waitFor();
    await assertReflows(page, 'tips', `tips-${name}`);

    await page.getByRole('tab', { name: 'Diary' }).click();
    await page.locator('.cw-diary-entry').first().waitFor();
    await assertReflows(page, 'the diary', `diary-${name}`);
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByText('Add more details (optional)').click();
    await assertReflows(page, 'the diary form', `diary-form-${name}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Summary for your doctor' }).click();
    await heading(page, 'Summary for your doctor').waitFor();
    await assertReflows(page, 'the doctor summary', `summary-${name}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
