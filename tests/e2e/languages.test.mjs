// The widget in English, Spanish and Hindi. How the language is chosen (the clinic's lang
// attribute, the page's <html lang>, the browser's languages, English last; a bad value warns),
// the language menu (switches at once, keeps answers in progress, remembered after a reload),
// and in each language a full checker run, a diary entry and the doctor summary, axe-clean,
// without sideways scrolling at 320 px, with screenshots at 375 px. A right-to-left run checks
// that the logical CSS properties keep the layout from overlapping.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  useReleaseBuild, serve, launch, assertNoViolations, screenshot, collectErrors, PHONE,
} from './support.mjs';

const release = useReleaseBuild();

// Headings that tell the languages apart on the first step.
const FIRST_STEP = {
  en: 'First, a quick safety check',
};

let embedServer;
let embedBrowser;
const page = (htmlLang, widget) =>
  `<!DOCTYPE html><html${htmlLang ? ` lang="${htmlLang}"` : ''}><head><meta charset="utf-8"><title>t</title></head>` +
  `<body>${widget}<script src="cramp-widget.js"></script></body></html>`;

before(async () => {
  embedServer = await serve('dist/embed', {
    pages: {
      '/attribute-es.html': page('en', '<cramp-widget lang="es-MX"></cramp-widget>'),
      '/page-hi.html': page('hi', '<cramp-widget></cramp-widget>'),
      '/page-none.html': page(null, '<cramp-widget></cramp-widget>'),
      '/page-fr.html': page('fr', '<cramp-widget></cramp-widget>'),
      '/bad-value.html': page('fr', '<cramp-widget lang="klingon"></cramp-widget>'),
    },
  });
  embedBrowser = await launch();
});
after(async () => {
  await embedBrowser?.close();
  await embedServer?.close();
});

/** The embed page `path` in a browser whose languages are `locale`; the widget's lang. */
async function widgetLanguage(path, locale = 'en-US') {
  const context = await embedBrowser.newContext({ locale });
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await tab.goto(`${embedServer.url}${path}`);
  const root = tab.locator('cramp-widget .cw');
  await root.waitFor();
  const lang = await root.getAttribute('lang');
  const tabs = await tab.locator('cramp-widget [role=tab]').allTextContents();
  await context.close();
  return { lang, tabs, warnings };
}

test('the clinic attribute wins, then the page, then the browser, then English', async () => {
  assert.equal((await widgetLanguage('/attribute-es.html', 'hi-IN')).lang, 'es', 'lang="es-MX" is Spanish');
  assert.equal((await widgetLanguage('/page-hi.html', 'es-ES')).lang, 'hi', 'the page says Hindi');
  assert.equal((await widgetLanguage('/page-none.html', 'es-419')).lang, 'es', 'the browser says Spanish');
  assert.equal((await widgetLanguage('/page-fr.html', 'de-DE')).lang, 'en', 'nothing the widget speaks');
  const spanish = await widgetLanguage('/attribute-es.html');
  assert.deepEqual(spanish.tabs.length, 3);
  assert.ok(!spanish.tabs.includes('Check'), `the tabs are translated: ${spanish.tabs}`);
});

test('a bad lang value falls back with a console warning naming the attribute', async () => {
  const { lang, warnings } = await widgetLanguage('/bad-value.html', 'hi-IN');
  assert.equal(lang, 'hi', 'the page (fr) is not spoken, the browser (hi) is');
  assert.ok(warnings.some((w) => w.includes('attribute "lang"')), warnings.join('\n'));
});

/** The app in a browser whose language is `locale`. */
async function openApp(locale, viewport = PHONE) {
  const context = await release.browser.newContext({ locale, viewport });
  const tab = await context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(release.server.url + '/');
  await tab.locator('#cw-check-heading').waitFor();
  return { page: tab, context, errors };
}

const headingText = async (tab) => (await tab.locator('#cw-check-heading').textContent()).trim();

test('the language menu switches at once, keeps the answers, and is remembered', async () => {
  const { page: tab, context, errors } = await openApp('en-GB');
  assert.equal(await headingText(tab), FIRST_STEP.en);
  await tab.locator('#cw-check-red_flags-none').check();
  await tab.locator('.cw-check-next').click();
  await tab.locator('#cw-check-age_band-50_64').check();
  await tab.locator('.cw-language-select').selectOption('es');
  await tab.locator('.cw[lang=es]').waitFor();
  assert.notEqual(await headingText(tab), 'About you', 'the step heading is in Spanish now');
  assert.ok(await tab.locator('#cw-check-age_band-50_64').isChecked(), 'the answer is kept');
  await tab.reload();
  await tab.locator('.cw[lang=es]').waitFor();
  assert.ok(await tab.locator('#cw-check-age_band-50_64').isChecked(), 'still kept after a reload');
  await tab.locator('.cw-language-select').selectOption('hi');
  await tab.locator('.cw[lang=hi]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [lang, locale] of [['en', 'en-US'], ['es', 'es-ES'], ['hi', 'hi-IN']]) {
  test(`${lang}: a full check, a diary entry and the doctor summary, axe-clean at 375 and 320 px`, async () => {
    const { page: tab, context, errors } = await openApp(locale);
    await tab.locator(`.cw[lang=${lang}]`).waitFor();
    await assertNoViolations(tab, `${lang}: step 1`);
    await screenshot(tab, `lang-${lang}-step-1-phone`);
    await tab.locator('#cw-check-red_flags-none').check();
    for (let step = 2; step <= 9; step++) {
      await tab.locator('.cw-check-next').click();
      await tab.locator('.cw-check-progress-bar').and(tab.locator(`[value="${step}"]`)).waitFor();
    }
    await tab.locator('.cw-check-next').click();
    await tab.locator('.cw-check-review').waitFor();
    await tab.locator('.cw-check-nav .cw-check-next').click();
    await tab.locator('.cw-check-level h3').waitFor();
    await assertNoViolations(tab, `${lang}: the result`);
    await screenshot(tab, `lang-${lang}-result-phone`);

    await tab.locator('[role=tab]').nth(2).click();
    await tab.locator('.cw-diary-log').click();
    await tab.locator('.cw-diary-save').click();
    await tab.locator('.cw-diary-status--done').waitFor();
    await assertNoViolations(tab, `${lang}: the diary with an entry`);
    await screenshot(tab, `lang-${lang}-diary-phone`);
    await tab.locator('.cw-diary-main-actions button').nth(1).click();
    await tab.locator('.cw-diary-summary').waitFor();
    await assertNoViolations(tab, `${lang}: the doctor summary`);
    await screenshot(tab, `lang-${lang}-summary-phone`);
    await tab.setViewportSize({ width: 320, height: 640 });
    const tabLines = await tab.evaluate(() => {
      const root = document.querySelector('#cramp-widget').shadowRoot;
      return [...root.querySelectorAll('[role=tab]')].map((tabElement) => {
        const range = document.createRange();
        range.selectNodeContents(tabElement);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
    });
    assert.deepEqual(tabLines, [1, 1, 1], `${lang}: every tab name fits on one line at 320 px`);
    for (const panel of [0, 1, 2]) {
      await tab.locator('[role=tab]').nth(panel).click();
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${lang}: panel ${panel} scrolls sideways at 320 px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('right to left: nothing in the header, the tabs or a step overlaps', async () => {
  const { page: tab, context } = await openApp('en-US');
  await tab.evaluate(() => {
    const root = document.querySelector('#cramp-widget').shadowRoot.querySelector('.cw');
    root.setAttribute('dir', 'rtl');
  });
  const boxes = await tab.evaluate(() => {
    const root = document.querySelector('#cramp-widget').shadowRoot;
    return [...root.querySelectorAll('.cw-title, .cw-language, [role=tab], .cw-check-option')]
      .map((element) => element.getBoundingClientRect().toJSON());
  });
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      assert.ok(!overlap(boxes[i], boxes[j]), `boxes ${i} and ${j} overlap in right-to-left`);
    }
  }
  await screenshot(tab, 'lang-rtl-phone');
  await context.close();
});
