// Keyboard-only use of the release build: Tab, Shift+Tab, Enter, Space and arrow keys, never
// a click. A full check to its result, and a cramp logged and saved in the diary. Next and
// Back must put focus on the new step's heading, and every stop along the way must show a
// visible focus indicator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useReleaseBuild, CHECKER_STEPS, collectErrors, PHONE, DESKTOP } from './support.mjs';

const release = useReleaseBuild();

/**
 * What has keyboard focus inside the widget's shadow root: its tag, its name (label, aria-label
 * or text), the legend of its group, and whether a focus indicator can be seen on it or on
 * the label that wraps it.
 */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.getElementById('cramp-widget').shadowRoot.activeElement;
    if (!el) return null;
    const drawn = (node) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== 'none';
    };
    const label = el.closest('label') ?? el.labels?.[0];
    const name = el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('role') ?? el.getAttribute('type') ?? '',
      name: name.trim().replace(/\s+/g, ' '),
      group: el.closest('fieldset')?.querySelector('legend')?.textContent.trim() ?? '',
      focusVisible: el.matches(':focus-visible'),
      indicator: drawn(el) || (el.matches(':focus-visible') && drawn(label)),
    };
  });
}

/**
 * Fails unless `stop` is a control whose focus can be seen. Chromium moves focus inside a
 * date field (day, month, year, calendar button), where the field stops matching
 * :focus-visible; it must still draw its own outline.
 */
function assertVisible(stop, where) {
  assert.ok(stop, `${where}: focus left the widget`);
  assert.ok(stop.focusVisible || stop.type === 'date', `${where}: ${stop.tag} "${stop.name}" does not match :focus-visible`);
  assert.ok(stop.indicator, `${where}: ${stop.tag} "${stop.name}" has no visible focus outline`);
}

/**
 * Presses Tab (or Shift+Tab) until focus reaches a control that `wanted` accepts, checking
 * that focus is visible at every stop on the way.
 */
async function tabTo(page, wanted, { back = false, limit = 40 } = {}) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focused(page);
    assertVisible(stop, `after ${seen.length + 1} presses towards ${wanted}`);
    seen.push(stop.name);
    if (typeof wanted === 'function' ? wanted(stop) : stop.name === wanted) return stop;
  }
  assert.fail(`never reached ${wanted}; focus went through: ${seen.join(' | ')}`);
}

/**
 * Waits for focus to settle on a control `wanted` accepts (the widget moves focus after it
 * renders), and fails unless its focus is visible.
 */
async function focusLandsOn(page, wanted, what) {
  let stop;
  for (let i = 0; i < 30; i++) {
    stop = await focused(page);
    if (stop && wanted(stop)) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.ok(stop && wanted(stop), `focus should be on ${what}, but is on ${JSON.stringify(stop)}`);
  assertVisible(stop, what);
  return stop;
}

/** Asserts focus moved to the step heading `title`. */
async function assertOnHeading(page, title) {
  await focusLandsOn(page, (stop) => stop.tag === 'h3' && stop.name === title, `the heading "${title}"`);
}


for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`keyboard only: a full check to its result (${name})`, async () => {
    const page = await release.browser.newPage({ viewport });
    const errors = collectErrors(page);
    await page.goto(release.server.url + '/');
    await page.getByRole('heading', { name: 'First, a quick safety check' }).waitFor();

    const tab = await tabTo(page, 'Check');
    assert.equal(tab.type, 'tab');
    await tabTo(page, 'None of these');
    await page.keyboard.press('Space');
    assert.ok(await page.getByRole('checkbox', { name: 'None of these' }).isChecked());
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await assertOnHeading(page, 'About you');

    await tabTo(page, 'Back');
    await page.keyboard.press('Enter');
    await assertOnHeading(page, 'First, a quick safety check');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await assertOnHeading(page, 'About you');

    for (const [index, title] of CHECKER_STEPS.entries()) {
      if (title === 'Check your answers') break;
      if (title === 'How often and how long') {
        // One tab stop per radio group; arrow keys pick within it.
        const first = await tabTo(page, (stop) => stop.group === 'How often do you get leg cramps?');
        assert.equal(first.type, 'radio');
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
        const picked = await focused(page);
        assert.equal(picked.name, '3 or more nights a week');
        assertVisible(picked, 'the picked frequency');
      }
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
      await assertOnHeading(page, CHECKER_STEPS[index + 1]);
    }

    await tabTo(page, 'Change your answers about: Daily habits');
    await page.keyboard.press('Enter');
    await assertOnHeading(page, 'Daily habits');
    await tabTo(page, 'Next');
    await tabTo(page, 'Back', { back: true });
    await page.keyboard.press('Enter');
    await assertOnHeading(page, 'Health conditions');
    // A step opened from the review returns there on Next.
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await assertOnHeading(page, 'Check your answers');

    await tabTo(page, 'See my result');
    await page.keyboard.press('Space');
    const card = page.locator('.cw-check-level h3');
    await card.waitFor();
    assert.equal((await card.textContent()).trim(), 'Book an appointment with your doctor');
    await focusLandsOn(page, (stop) => stop.tag === 'h3' && stop.name === 'Book an appointment with your doctor', 'the result headline');
    await tabTo(page, 'Start again');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('keyboard only: log a cramp in the diary and save it', async () => {
  const page = await release.browser.newPage({ viewport: PHONE });
  const errors = collectErrors(page);
  await page.goto(release.server.url + '/');
  await page.getByRole('heading', { name: 'First, a quick safety check' }).waitFor();

  await tabTo(page, 'Check');
  for (const name of ['Tips', 'Diary']) {
    await page.keyboard.press('ArrowRight');
    await focusLandsOn(page, (stop) => stop.type === 'tab' && stop.name === name, `the ${name} tab`);
  }
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();

  await tabTo(page, 'Log a cramp');
  await page.keyboard.press('Enter');
  await focusLandsOn(page, (stop) => stop.tag === 'h4', 'the form heading');

  const muscle = await tabTo(page, (stop) => stop.type === 'radio' && stop.group === 'Where was the cramp?');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  const picked = await focused(page);
  assert.notEqual(picked.name, muscle.name, 'an arrow key moves to the next muscle');
  assert.ok(await page.getByRole('radio', { name: picked.name, exact: true }).isChecked());

  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  assert.equal((await page.locator('.cw-diary-status').textContent()).trim(), 'Cramp saved in your diary.');
  assert.equal(await page.locator('.cw-diary-entry').count(), 1);
  assert.match(await page.locator('.cw-diary-entry').textContent(), new RegExp(picked.name.split(' ')[0]));
  await focusLandsOn(page, (stop) => stop.tag === 'h3', 'the diary heading after saving');
  assert.deepEqual(errors, []);
  await page.close();
});
