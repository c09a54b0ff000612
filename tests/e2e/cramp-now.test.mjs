// "Cramp now" end to end, in the release build, with Playwright's clock so no test waits real
// minutes: the guide and its clock, the urgent card after 10 minutes, logging the cramp with
// its measured length under the right night, resuming after a reload, "Did it ease?" for an old
// start, the wake lock, keyboard use, the guide where the diary is off, and the night theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, DIST, serve, launch, assertNoViolations, screenshot, collectErrors, PHONE, DESKTOP,
} from './support.mjs';

const START_KEY = 'cramp-widget/v1/cramp-now';
const DIARY_KEY = 'cramp-widget/v1/diary';
/** 3:12 a.m. on 2 December: the cramp belongs to the night of 1 December. */
const THREE_AM = new Date(2026, 11, 2, 3, 12, 0);

let server;
let browser;

before(async () => {
  const index = readFileSync(join(ROOT, DIST, 'index.html'), 'utf8');
  const withAttributes = (attributes) =>
    index.replace('emergency-number="112"', `emergency-number="999" ${attributes}`);
  server = await serve(DIST, {
    pages: {
      '/clinic.html': withAttributes('clinic-phone="+441234567890" clinic-name="Riverside Surgery"'),
      '/no-diary.html': withAttributes('panels="check,tips"'),
      '/dark.html': withAttributes('theme="dark"'),
      '/light.html': withAttributes('theme="light"'),
      '/bad-theme.html': withAttributes('theme="midnight"'),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh context on `path` with the clock installed at `time`. `stored` maps localStorage
 * keys to values written before the widget starts; `navigator.wakeLock` is replaced by a fake
 * that records what the widget asked for.
 */
async function open(path, { time = THREE_AM, stored = {}, viewport = PHONE, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(stored));
  await context.addInitScript(() => {
    window.wakeLog = [];
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async (type) => {
          window.wakeLog.push(`request ${type}`);
          return { release: async () => window.wakeLog.push('release') };
        },
      },
    });
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  // The clock keeps running (a paused one would hold back Playwright's own waits, which use
  // animation frames); `runUntil` makes each step land on an exact time since the start.
  await page.clock.install({ time });
  await page.goto(server.url + path);
  await page.locator('.cw-header').waitFor();
  return { page, context, errors };
}

/**
 * Moves the page's clock on to half a second after `elapsed` ms since the saved start: the
 * clock ticks each second from a moment after the tap, so the tick for `elapsed` has fired.
 */
async function runUntil(page, elapsed) {
  const [now, saved] = await page.evaluate((key) => [Date.now(), localStorage.getItem(key)], START_KEY);
  await page.clock.runFor(JSON.parse(saved).started_ms + elapsed + 500 - now);
}

const cramp = (page) => page.locator('.cw-cramp');
const clockText = (page) => page.locator('.cw-cramp-clock').textContent();

async function openGuide(page) {
  await page.getByRole('button', { name: 'Cramp now' }).click();
  await page.getByRole('heading', { name: 'Ease the cramp' }).waitFor();
}

test('the guide times the cramp, warns after 10 minutes and logs it under last night', async () => {
  const { page, context, errors } = await open('/clinic.html');
  await openGuide(page);
  assert.equal(await page.evaluate(() => document.querySelector('#cramp-widget').shadowRoot.activeElement?.textContent), 'Ease the cramp');
  assert.equal(await clockText(page), '0:00');
  // The clock ran while the page loaded, so the start is a moment after 3:12.
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), START_KEY));
  assert.ok(saved.started_ms - THREE_AM.getTime() < 5000, JSON.stringify(saved));
  assert.equal(await page.getByRole('tab', { name: 'Check' }).isVisible(), false, 'the panels wait under the guide');
  for (const step of ['Straighten your leg', 'Stand up', 'Gently rub', 'Afterwards, warmth']) {
    assert.ok(await cramp(page).getByText(step).isVisible(), step);
  }
  assert.ok(await cramp(page).getByText('Do not rub the leg if it is swollen, red or warm. Get advice today.').isVisible());

  await runUntil(page, 61_000);
  assert.equal(await clockText(page), '1:01');
  assert.equal(await page.locator('.cw-cramp [aria-live="polite"]').textContent(), '1 minute so far');
  assert.equal(await page.locator('.cw-cramp-urgent').count(), 0, 'no urgent card before 10 minutes');
  await assertNoViolations(page, 'the guide');
  await screenshot(page, 'cramp-now-375-light');

  await runUntil(page, 601_000);
  assert.equal(await clockText(page), '10:01');
  const card = page.locator('.cw-cramp-urgent');
  await card.waitFor();
  assert.match(await card.textContent(), /10 minutes/);
  assert.equal(await card.getByRole('link', { name: /Riverside Surgery|\+441234567890|clinic/i }).getAttribute('href'), 'tel:+441234567890');
  assert.equal(await card.getByRole('link', { name: /999/ }).getAttribute('href'), 'tel:999');
  await assertNoViolations(page, 'the guide with the urgent card');
  assert.deepEqual(await page.evaluate(() => window.wakeLog), ['request screen']);

  await page.getByRole('button', { name: 'It has eased' }).click();
  await page.getByRole('heading', { name: 'Log a cramp' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.wakeLog), ['request screen', 'release']);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), START_KEY), null, 'the start is forgotten');
  assert.equal(await page.getByRole('textbox', { name: /How many minutes/ }).inputValue(), '11', '10:01 rounds up');
  assert.equal(await page.getByRole('radio', { name: 'Last night' }).isChecked(), true, '3:12 a.m. on 2 December is the night of 1 December');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY));
  assert.equal(stored.entries.length, 1);
  assert.equal(stored.entries[0].n, '2026-12-01');
  assert.equal(stored.entries[0].d, 11);
  assert.match(stored.entries[0].o, /^Began at 3:12/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload at 4 minutes resumes at 4 minutes', async () => {
  const { page, context, errors } = await open('/');
  await openGuide(page);
  await runUntil(page, 240_000);
  assert.equal(await clockText(page), '4:00');
  await page.reload();
  await cramp(page).waitFor();
  const shown = await clockText(page);
  assert.ok(['4:00', '4:01'].includes(shown), `resumed at ${shown}`);
  await page.getByRole('button', { name: 'Do not log it' }).click();
  assert.equal(await cramp(page).count(), 0);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), START_KEY), null);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY), null, 'nothing logged');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a start two hours old asks "Did it ease?" and can still log the night', async () => {
  const started = new Date(THREE_AM.getTime() - 2 * 3_600_000);
  const { page, context, errors } = await open('/', {
    stored: { [START_KEY]: JSON.stringify({ started_ms: started.getTime() }) },
  });
  await page.getByRole('heading', { name: 'Did it ease?' }).waitFor();
  assert.equal(await page.locator('.cw-cramp-clock').count(), 0, 'no huge clock');
  assert.match(await cramp(page).textContent(), /more than an hour ago, at 1:12/);
  await assertNoViolations(page, '"Did it ease?"');
  await page.getByRole('button', { name: 'Yes, log it' }).click();
  await page.getByRole('heading', { name: 'Log a cramp' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Last night' }).isChecked(), true);
  assert.equal(await page.getByRole('textbox', { name: /How many minutes/ }).inputValue(), '2', "the form's usual guess, not two hours");
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged saved start is ignored with a warning and the guide still opens', async () => {
  const { page, context, errors } = await open('/', { stored: { [START_KEY]: '{"started_ms":"soon"}' } });
  assert.equal(await cramp(page).count(), 0);
  await openGuide(page);
  assert.equal(await clockText(page), '0:00');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: open, move through every control, Escape leaves and focus returns', async () => {
  const { page, context, errors } = await open('/clinic.html');
  const active = () =>
    page.evaluate(() => document.querySelector('#cramp-widget').shadowRoot.activeElement?.textContent.trim());
  await page.locator('body').focus();
  for (let i = 0; i < 10 && (await active()) !== 'Cramp now'; i++) await page.keyboard.press('Tab');
  assert.equal(await active(), 'Cramp now');
  await page.keyboard.press('Enter');
  await cramp(page).waitFor();
  assert.equal(await active(), 'Ease the cramp');
  const reached = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    reached.push(await active());
  }
  assert.deepEqual(reached, ['Close', 'It has eased', 'Do not log it']);
  await page.keyboard.press('Escape');
  assert.equal(await cramp(page).count(), 0);
  assert.equal(await active(), 'Cramp now');
  assert.deepEqual(await page.evaluate(() => window.wakeLog), ['request screen', 'release']);
  // The visible Close does the same.
  await page.keyboard.press('Enter');
  await cramp(page).getByRole('button', { name: 'Close' }).click();
  assert.equal(await cramp(page).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('where the diary is off, the guide works and offers no logging', async () => {
  const { page, context, errors } = await open('/no-diary.html');
  await openGuide(page);
  assert.equal(await page.getByRole('button', { name: 'Do not log it' }).count(), 0);
  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'It has eased' }).click();
  assert.equal(await cramp(page).count(), 0);
  assert.equal(await page.getByRole('tab', { name: 'Check' }).isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The widget root's computed background, as "rgb(r, g, b)". */
const background = (page) =>
  page.evaluate(() =>
    getComputedStyle(document.querySelector('#cramp-widget').shadowRoot.querySelector('.cw')).backgroundColor,
  );

test('night theme: dark for a dark-scheme visitor or theme="dark", light when forced, auto on a bad value', async () => {
  const dark = await open('/', { colorScheme: 'dark' });
  assert.equal(await background(dark.page), 'rgb(22, 25, 29)');
  assert.equal(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 15, 18)', 'the page around it too');
  await assertNoViolations(dark.page, 'the checker in the dark theme');
  await screenshot(dark.page, 'checker-375-dark');
  await openGuide(dark.page);
  await screenshot(dark.page, 'cramp-now-375-dark');
  await dark.page.setViewportSize(DESKTOP);
  await screenshot(dark.page, 'cramp-now-1280-dark');
  await dark.context.close();

  const forced = await open('/dark.html');
  assert.equal(await background(forced.page), 'rgb(22, 25, 29)', 'theme="dark" in a light browser');
  await forced.context.close();

  const light = await open('/light.html', { colorScheme: 'dark' });
  assert.equal(await background(light.page), 'rgb(255, 255, 255)', 'theme="light" in a dark browser');
  // The guide stays dark, even in the light theme: it is read in a dark bedroom.
  await openGuide(light.page);
  const guideBackground = await light.page.evaluate(() =>
    getComputedStyle(document.querySelector('#cramp-widget').shadowRoot.querySelector('.cw-cramp')).backgroundColor,
  );
  assert.equal(guideBackground, 'rgb(22, 25, 29)');
  await light.context.close();

  const warnings = [];
  const context = await browser.newContext({ viewport: PHONE, colorScheme: 'dark' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(server.url + '/bad-theme.html');
  await page.getByRole('tab', { name: 'Check' }).waitFor();
  assert.equal(await background(page), 'rgb(22, 25, 29)', 'a bad value follows the visitor');
  assert.ok(warnings.some((w) => w.includes('"theme"') && w.includes('light, dark or auto')), warnings.join('\n'));
  await context.close();
});
