// Script-like text in diary notes stays text everywhere it is shown or exported: the entry
// list, the doctor summary and the CSV, where formula-like cells are also defused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useReleaseBuild, collectErrors, DESKTOP } from './support.mjs';

const release = useReleaseBuild();

const NOTES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'javascript:alert(3)',
  '=HYPERLINK("https://evil.example","click")',
  '+1+cmd|calc',
  '-2+3',
  '@SUM(A1:A9)',
];

function storedDiary() {
  const entries = NOTES.map((note, i) => ({
    i: 1_700_000_000_000 + i,
    n: `2026-11-${String(10 + i).padStart(2, '0')}`,
    m: 'c',
    s: 'l',
    d: 2,
    p: 4,
    o: note,
  }));
  return JSON.stringify({ v: 2, entries });
}

test('script-like notes render as text in the diary and the doctor summary, and CSV is defused', async () => {
  const context = await release.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.addInitScript((value) => {
    if (!localStorage.getItem('cramp-widget/v1/diary')) localStorage.setItem('cramp-widget/v1/diary', value);
  }, storedDiary());
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Diary' }).click();

  const root = (selector) =>
    page.evaluate((s) => document.getElementById('cramp-widget').shadowRoot.querySelectorAll(s).length, selector);
  for (const note of NOTES) {
    await page.getByText(note, { exact: false }).first().waitFor();
  }
  assert.equal(await root('script'), 0);
  assert.equal(await root('img'), 0);
  assert.equal(await root('a[href^="javascript"]'), 0);

  await page.getByRole('button', { name: 'Summary for your doctor' }).click();
  await page.getByText('Self-reported by the patient').waitFor();
  assert.equal(await root('script'), 0);
  assert.equal(await root('img'), 0);

  await page.getByRole('button', { name: 'Back to the diary' }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = await readFile(await csv.path(), 'utf8');
  for (const cell of ['=HYPERLINK', '+1+cmd', '-2+3', '@SUM']) {
    assert.ok(!new RegExp(`(^|,)"?${cell.replace(/[+()|]/g, '\\$&')}`, 'm').test(text), `${cell} starts no CSV cell`);
    assert.ok(text.includes(`'${cell}`), `${cell} is escaped with a leading quote`);
  }
  assert.ok(text.includes('<script>alert(1)</script>'), 'the note itself is kept, as text');
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});
