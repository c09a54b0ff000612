// The single-file embed where it cannot start: a Content Security Policy without
// 'wasm-unsafe-eval', a browser without WebAssembly, and a copy that fails its integrity check
// (a browser without DecompressionStream runs it: the embed unpacks its wasm itself). The widget's box must never stay blank: it shows the message, the
// emergency number and the clinic's fallback link, in the page's language, and axe is clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, DIST, serve, launch, screenshot, assertNoViolations, PHONE } from './support.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const EMBED = join(ROOT, DIST, 'embed', 'cramp-widget.js');
const FALLBACK_URL = 'https://riverside.example/cramp-checker';
const WIDGET = `<cramp-widget id="cramp-widget" emergency-number="999" fallback-url="${FALLBACK_URL}"></cramp-widget>`;
const SCRIPT = '<script src="/cramp-widget.js" async></script>';

const html = (body, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>test</title></head><body><main>${body}</main></body></html>`;
// Runs before the widget's script, as a browser without these would be.
const without = (name) => `<script>delete window.${name};</script>`;

let csp; // every page served with script-src 'self', the strict clinic site of the issue
let open; // no policy, so the pages' inline scripts can remove browser features
let browser;

before(async () => {
  const body = readFileSync(EMBED);
  const integrity = 'sha384-' + createHash('sha384').update(body).digest('base64');
  csp = await serve(join(DIST, 'embed'), {
    headers: { 'content-security-policy': "script-src 'self'" },
    // axe from the page's own origin, since the policy refuses the inline copy the tests add.
    pages: { '/strict.html': html(WIDGET + SCRIPT + '<script src="/axe.js"></script>'), '/axe.js': readFileSync(AXE) },
  });
  open = await serve(join(DIST, 'embed'), {
    pages: {
      '/no-wasm.html': html(without('WebAssembly') + WIDGET + SCRIPT),
      '/no-decompression.html': html(without('DecompressionStream') + WIDGET + SCRIPT),
      '/spanish.html': html(without('WebAssembly') + WIDGET + SCRIPT, 'es-MX'),
      '/hindi.html': html(without('WebAssembly') + WIDGET.replace('<cramp-widget', '<cramp-widget lang="hi"') + SCRIPT),
      '/bad-attributes.html': html(
        without('WebAssembly') +
          '<cramp-widget id="cramp-widget" emergency-number="112;alert(1)" fallback-url="javascript:alert(1)"></cramp-widget>' +
          SCRIPT,
      ),
      '/tampered.js': body.toString().replace('could not start', 'could not START'),
      '/children.html': html(
        `<cramp-widget><p id="static">Call 999 in an emergency.</p></cramp-widget>` +
          `<script src="/tampered.js" integrity="${integrity}" async></script>`,
      ),
      '/children-mounted.html': html(`<cramp-widget><p id="static">Call 999 in an emergency.</p></cramp-widget>${SCRIPT}`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await csp?.close();
  await open?.close();
});

async function openFallback(url) {
  const page = await browser.newPage({ viewport: PHONE });
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  await page.goto(url);
  await page.locator('cramp-widget p').first().waitFor();
  return { page, logs };
}

const widgetText = (page) => page.locator('cramp-widget').evaluate((el) => el.shadowRoot.querySelector('div').innerText);

for (const [name, path, reason] of [
  ['a page whose CSP is script-src \'self\'', 'strict.html', /CompileError/],
  ['a browser without WebAssembly', 'no-wasm.html', /WebAssembly/],
]) {
  test(`${name} shows the message, the emergency number and the fallback link`, async () => {
    const { page, logs } = await openFallback(`${(path === 'strict.html' ? csp : open).url}/${path}`);
    assert.match(await widgetText(page), /^This checker cannot run on this page\./);
    assert.match(
      await widgetText(page),
      /If you have chest pain, trouble breathing, or a leg that suddenly turns cold and pale, call 999\./,
    );
    const call = page.getByRole('link', { name: '999', exact: true });
    assert.equal(await call.getAttribute('href'), 'tel:999');
    const elsewhere = page.getByRole('link', { name: 'Open the checker', exact: true });
    assert.equal(await elsewhere.getAttribute('href'), FALLBACK_URL);
    assert.ok(await elsewhere.isVisible());

    const error = logs.find((line) => line.startsWith('error: cramp-widget could not start'));
    assert.ok(error, `the console names the failure: ${logs.join('\n')}`);
    assert.match(error, reason);
    assert.match(error, /If the page has a Content-Security-Policy, add 'wasm-unsafe-eval' to its script-src \(README: What the host page must allow\)/);

    await assertNoViolations(page, `fallback on ${path}`);
    await screenshot(page, `fallback-${path.replace('.html', '')}`);
    await page.close();
  });
}

test('a browser without DecompressionStream runs the widget: the embed unpacks its own wasm', async () => {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(`${open.url}/no-decompression.html`);
  await page.waitForFunction(() => document.querySelector('cramp-widget').shadowRoot?.querySelector('.cw-tab'));
  await page.close();
});

test('the message speaks the page\'s or the element\'s language', async () => {
  const spanish = await openFallback(`${open.url}/spanish.html`);
  assert.match(await widgetText(spanish.page), /^Este cuestionario no puede funcionar en esta página\./);
  assert.match(await widgetText(spanish.page), /llame al 999\./);
  assert.equal(await spanish.page.locator('cramp-widget').evaluate((el) => el.shadowRoot.querySelector('div').lang), 'es');
  await assertNoViolations(spanish.page, 'Spanish fallback');
  await spanish.page.close();

  const hindi = await openFallback(`${open.url}/hindi.html`);
  assert.match(await widgetText(hindi.page), /तो 999 पर कॉल करें।/);
  assert.equal(await hindi.page.locator('cramp-widget').evaluate((el) => el.shadowRoot.querySelector('div').lang), 'hi');
  await assertNoViolations(hindi.page, 'Hindi fallback');
  await hindi.page.close();
});

test('bad attributes are ignored: no emergency number means the local one, no javascript: link', async () => {
  const { page } = await openFallback(`${open.url}/bad-attributes.html`);
  assert.match(await widgetText(page), /turns cold and pale, call your local emergency number\./);
  assert.equal(await page.locator('cramp-widget').evaluate((el) => el.shadowRoot.querySelectorAll('a').length), 0);
  await assertNoViolations(page, 'fallback with bad attributes');
  await page.close();
});

test('content inside the element shows when the script is refused, and is hidden once the widget mounts', async () => {
  const page = await browser.newPage();
  const refused = page.waitForEvent('console', (m) => /integrity/i.test(m.text()));
  await page.goto(`${open.url}/children.html`);
  await refused;
  assert.ok(await page.locator('#static').isVisible(), 'the clinic\'s own text is the fallback');

  await page.goto(`${open.url}/children-mounted.html`);
  await page.waitForFunction(() => document.querySelector('cramp-widget').shadowRoot?.querySelector('[role=tab]'));
  assert.equal(await page.locator('#static').isVisible(), false);
  await page.close();
});
