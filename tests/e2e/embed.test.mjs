// The single-file embed on a hostile clinic page, loaded from another origin: shadow-root
// isolation in both directions, no network traffic after load, inert hostile settings, SRI,
// and file:// use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, serve, launch, screenshot, collectErrors, PHONE, DESKTOP } from './support.mjs';

const EMBED = join(ROOT, 'dist', 'embed', 'cramp-widget.js');
let widgetServer; // serves dist/embed: the widget's own origin
let pageServer; // serves the clinic page from a different port, so a different origin
let browser;

const html = (body) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>test</title></head><body>${body}</body></html>`;

const HOSTILE = `<cramp-widget
  booking-url="javascript:alert(1)"
  clinic-name="<img src=x onerror=alert(1)>"
  accent="red;background:url(https://evil.example/x)"
  emergency-number="112;alert(1)"></cramp-widget>`;

// Pages are served for real, not through Playwright routes: Chromium treats a routed page as
// public and then blocks its requests to the loopback widget server.
before(async () => {
  const body = readFileSync(EMBED);
  const integrity = 'sha384-' + createHash('sha384').update(body).digest('base64');
  const tampered = body.toString().replace('could not start', 'could not START');
  widgetServer = await serve('dist/embed', {
    headers: { 'access-control-allow-origin': '*' },
    pages: { '/tampered.js': tampered },
  });
  const scriptUrl = `${widgetServer.url}/cramp-widget.js`;
  const script = (src, extra = '') => `<script src="${src}" ${extra}></script>`;
  const sri = `integrity="${integrity}" crossorigin="anonymous" async`;
  pageServer = await serve('examples', {
    transform: (path, body) =>
      path.endsWith('.html')
        ? Buffer.from(body.toString().replaceAll('../dist/embed/cramp-widget.js', scriptUrl))
        : body,
    pages: {
      '/plain.html': html(`<cramp-widget></cramp-widget>${script(scriptUrl)}`),
      '/hostile.html': html(`${HOSTILE}${script(scriptUrl)}`),
      '/sri.html': html(`<cramp-widget></cramp-widget>${script(scriptUrl, sri)}`),
      '/sri-tampered.html': html(`<cramp-widget></cramp-widget>${script(`${widgetServer.url}/tampered.js`, sri)}`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await widgetServer?.close();
  await pageServer?.close();
});

async function widgetsReady(page, count) {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('cramp-widget')].filter((el) => el.shadowRoot?.querySelector('[role=tab]')).length === n,
    count,
  );
}

async function openClinicPage(viewport) {
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${pageServer.url}/clinic-page.html`);
  await widgetsReady(page, 2);
  return { page, errors };
}

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`two instances render in open shadow roots on a cross-origin clinic page (${name})`, async () => {
    const { page, errors } = await openClinicPage(viewport);
    const tabs = await page.evaluate(() =>
      [...document.querySelectorAll('cramp-widget')].map((el) =>
        [...el.shadowRoot.querySelectorAll('[role=tab]')].map((t) => t.textContent),
      ),
    );
    assert.deepEqual(tabs, [['Check', 'Tips', 'Diary'], ['Tips', 'Diary']]);
    await screenshot(page, `embed-clinic-page-${name}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('host CSS does not reach the widget, and the widget CSS does not leak out', async () => {
  // Reference: the widget on a plain page.
  const plain = await browser.newPage({ viewport: DESKTOP });
  await plain.goto(`${pageServer.url}/plain.html`);
  await widgetsReady(plain, 1);
  const measure = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('cramp-widget').shadowRoot;
      const cw = getComputedStyle(root.querySelector('.cw'));
      const tab = root.querySelector('[role=tab]');
      const tabStyle = getComputedStyle(tab);
      return {
        fontSize: cw.fontSize,
        fontFamily: cw.fontFamily,
        color: cw.color,
        lineHeight: cw.lineHeight,
        letterSpacing: cw.letterSpacing,
        textTransform: cw.textTransform,
        tabDisplay: tabStyle.display,
        tabFontSize: tabStyle.fontSize,
        tabHeight: tab.getBoundingClientRect().height,
      };
    });
  const reference = await measure(plain);
  await plain.close();

  const { page } = await openClinicPage(DESKTOP);
  const hostile = await measure(page);
  assert.deepEqual(hostile, reference);
  assert.equal(reference.fontSize, '17px');

  // The clinic's own text keeps the clinic's styles.
  const hostText = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('host-text'));
    return { fontSize: style.fontSize, color: style.color, textTransform: style.textTransform };
  });
  assert.deepEqual(hostText, { fontSize: '40px', color: 'rgb(210, 105, 30)', textTransform: 'uppercase' });
  await page.close();
});

test('after the script loads, the widget makes no network request, through a check and a diary entry', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  const requests = [];
  let loaded = false;
  page.on('request', (r) => {
    if (loaded) requests.push(r.url());
  });
  await page.goto(`${pageServer.url}/clinic-page.html`);
  await widgetsReady(page, 2);
  loaded = true;
  for (const tab of ['Tips', 'Diary', 'Check']) {
    await page.getByRole('tab', { name: tab }).first().click();
  }
  const first = page.locator('#widget-a');
  await first.getByRole('checkbox', { name: 'None of these', exact: true }).check();
  while (!(await first.getByRole('heading', { name: 'Check your answers' }).isVisible())) {
    await first.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await first.getByRole('button', { name: 'See my result' }).click();
  await first.locator('.cw-check-level h3').waitFor();
  const second = page.locator('#widget-b');
  await second.getByRole('tab', { name: 'Diary' }).click();
  await second.getByRole('button', { name: 'Log a cramp' }).click();
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await second.getByText('Your cramps').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  const cookies = await page.context().cookies();
  assert.deepEqual(cookies, []);
  await page.close();
});

test('hostile attributes end up inert and replaced by defaults', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${pageServer.url}/hostile.html`);
  await widgetsReady(page, 1);
  const facts = await page.evaluate(() => {
    const root = document.querySelector('cramp-widget').shadowRoot;
    return {
      clinic: root.querySelector('.cw-clinic')?.textContent,
      images: root.querySelectorAll('img').length,
      scriptLinks: [...root.querySelectorAll('[href]')].filter((a) => !/^(https:|tel:|#)/.test(a.getAttribute('href'))).length,
      accent: getComputedStyle(root.querySelector('.cw')).getPropertyValue('--cw-accent').trim(),
      background: getComputedStyle(root.querySelector('.cw')).backgroundImage,
    };
  });
  assert.equal(facts.clinic, '<img src=x onerror=alert(1)>');
  assert.equal(facts.images, 0);
  assert.equal(facts.scriptLinks, 0);
  assert.equal(facts.accent, '#0b5f8a');
  assert.equal(facts.background, 'none');
  for (const attribute of ['booking-url', 'accent', 'emergency-number']) {
    assert.ok(
      warnings.some((w) => w.includes(`"${attribute}" ignored`)),
      `a console warning names ${attribute}: ${warnings}`,
    );
  }
  // The bad emergency number fell back to 112, and the javascript: booking link never shows:
  // a red flag leads to the emergency result with its call link.
  await page.getByRole('checkbox', { name: 'Sudden shortness of breath or chest pain' }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const call = page.getByRole('link', { name: 'Call 112' });
  await call.waitFor();
  assert.equal(await call.getAttribute('href'), 'tel:112');
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('removing an element destroys its app; moving it keeps it', async () => {
  const { page } = await openClinicPage(DESKTOP);
  const result = await page.evaluate(async () => {
    const [a, b] = document.querySelectorAll('cramp-widget');
    document.body.appendChild(a); // a move: disconnect then connect in one task
    await new Promise((r) => setTimeout(r, 50));
    const movedKeepsApp = !!a.shadowRoot.querySelector('[role=tab]');
    b.remove();
    await new Promise((r) => setTimeout(r, 50));
    return { movedKeepsApp, removedIsEmpty: !b.shadowRoot.querySelector('[role=tab]') };
  });
  assert.deepEqual(result, { movedKeepsApp: true, removedIsEmpty: true });
  await page.close();
});

test('the snippet with integrity loads, and a tampered file is refused', async () => {
  const body = readFileSync(EMBED);
  const integrity = 'sha384-' + createHash('sha384').update(body).digest('base64');
  assert.equal(readFileSync(EMBED + '.sri', 'utf8').trim(), integrity, 'the build wrote the file\'s hash');

  const page = await browser.newPage();
  await page.goto(`${pageServer.url}/sri.html`);
  await widgetsReady(page, 1);

  const refused = page.waitForEvent('console', (m) => /integrity/i.test(m.text()));
  await page.goto(`${pageServer.url}/sri-tampered.html`);
  await refused;
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => !!customElements.get('cramp-widget')), false);
  await page.close();
});

test('the clinic demo page works from file://', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  const errors = collectErrors(page);
  await page.goto(pathToFileURL(join(ROOT, 'examples', 'clinic-page.html')).href);
  await widgetsReady(page, 2);
  assert.deepEqual(errors, []);
  await page.close();
});
