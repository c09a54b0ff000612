// The iframe embed: the standalone app (dist/) on one origin inside an <iframe> on a clinic
// page of another origin, with its settings in the query string and the optional resize
// script. A check runs, a diary entry survives a reload, the frame follows the widget's height,
// no request leaves the two origins, and the service worker does not break the frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, serve, launch, screenshot, collectErrors, DESKTOP } from './support.mjs';

let app; // the widget's origin
let clinic; // the clinic's page, another port and so another origin
let browser;

const SETTINGS = 'emergency-number=999&clinic-name=Riverside%20Family%20Practice&accent=red%3Bbackground%3Aurl(x)&onclick=alert(1)';

before(async () => {
  app = await serve(DIST);
  const page = (src, resize) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Riverside</title><link rel="icon" href="data:,"></head><body>
<main><h1>Night leg cramps</h1>
<iframe data-cramp-widget src="${src}" title="Night leg cramp checker" loading="lazy"
        style="display:block;width:100%;max-width:760px;height:640px;border:0"></iframe></main>
${resize ? '<script src="/cramp-widget-resize.js"></script>' : ''}</body></html>`;
  clinic = await serve(join(DIST, 'embed'), {
    pages: {
      '/clinic.html': page(`${app.url}/?${SETTINGS}`, true),
      '/no-resize.html': page(`${app.url}/`, false),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await clinic?.close();
  await app?.close();
});

const frameHeight = (page) => page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (page) =>
  page.frames()[1].evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

async function eventually(read, check, what) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await read();
    if (check(last)) return last;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`${what}: last ${last}`);
}

test('in a cross-origin iframe: settings, a check, a diary entry across a reload, resize, two origins only', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const dialogs = [];
  page.on('dialog', (d) => dialogs.push(d.message()) && d.dismiss());

  await page.goto(`${clinic.url}/clinic.html`);
  const frame = page.frameLocator('iframe[data-cramp-widget]');
  await frame.getByRole('tab', { name: 'Check' }).waitFor();
  assert.equal(await frame.locator('.cw-clinic').textContent(), 'Riverside Family Practice');
  assert.equal(
    await frame.locator('.cw').evaluate((el) => getComputedStyle(el).getPropertyValue('--cw-accent').trim()),
    '#0b5f8a',
    'a bad accent in the query string is ignored',
  );
  assert.ok(warnings.some((w) => w.includes('"accent" ignored')), `the accent warning: ${warnings}`);
  assert.ok(warnings.some((w) => w.includes('"onclick" ignored')), `the unknown setting warning: ${warnings}`);
  assert.equal(await frame.locator('#cramp-widget').getAttribute('onclick'), null);

  // The frame follows the widget's height, both ways.
  await eventually(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), (d) => d <= 1, 'the frame takes the widget\'s height');
  const checkHeight = await frameHeight(page);

  // A red flag with the emergency number from the query string.
  await frame.getByRole('checkbox', { name: 'Sudden shortness of breath or chest pain' }).check();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  assert.equal(await frame.getByRole('link', { name: 'Call 999' }).getAttribute('href'), 'tel:999');

  await frame.getByRole('tab', { name: 'Diary' }).click();
  await frame.getByRole('button', { name: 'Log a cramp' }).click();
  await frame.getByRole('radio', { name: 'Foot', exact: true }).check();
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('.cw-diary-entry').first().waitFor();
  await eventually(() => frameHeight(page), (h) => h !== checkHeight, 'the frame resizes with the panel');
  await eventually(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), (d) => d <= 1, 'and matches it');
  await screenshot(page, 'iframe-clinic-page');

  // The service worker runs in the frame, under the widget's origin, and the reload goes through it.
  const worker = await page.frames()[1].evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then((r) => r.active?.scriptURL), new Promise((ok) => setTimeout(ok, 5000))]),
  );
  assert.equal(worker, `${app.url}/sw.js`);
  await page.reload();
  await frame.getByRole('tab', { name: 'Diary' }).click();
  await eventually(() => frame.locator('.cw-diary-entry').count(), (n) => n === 1, 'the diary survives a reload');

  assert.deepEqual([...origins].sort(), [app.url, clinic.url].sort());
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without the resize script the frame keeps its height and scrolls, and the widget works', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  const errors = collectErrors(page);
  await page.goto(`${clinic.url}/no-resize.html`);
  const frame = page.frameLocator('iframe[data-cramp-widget]');
  await frame.getByRole('tab', { name: 'Diary' }).click();
  await frame.getByRole('button', { name: 'Log a cramp' }).waitFor();
  assert.equal(await frameHeight(page), 640);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the resize script ignores height messages from any other window', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  await page.goto(`${clinic.url}/clinic.html`);
  await page.frameLocator('iframe[data-cramp-widget]').getByRole('tab', { name: 'Check' }).waitFor();
  const before = await frameHeight(page);
  // The clinic page itself, and so any script or other frame that is not the widget's.
  await page.evaluate(() => window.postMessage({ type: 'cramp-widget:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page), before);
  await page.close();
});
