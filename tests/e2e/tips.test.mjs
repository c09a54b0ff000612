// The tips carousel in the release build: keyboard use, the slide show that only the user
// starts and that hover or focus stops for good, reduced motion, the order a stored check
// gives the tips, and how it looks on a phone and a desktop. The page clock is faked so the
// slide show's 6-second steps run instantly and always the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useReleaseBuild, screenshot, collectErrors, PHONE, DESKTOP } from './support.mjs';

const LAST_RESULT_KEY = 'cramp-widget/v1/last-result';
const SLIDE_SHOW_MS = 6000;

const release = useReleaseBuild();

/** Opens the page on the Tips tab; `lastCheck` is a stored check record, or none. */
async function openTips({ viewport = PHONE, reducedMotion = 'no-preference', lastCheck } = {}) {
  const context = await release.browser.newContext({ viewport, reducedMotion });
  if (lastCheck) {
    await context.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [LAST_RESULT_KEY, JSON.stringify(lastCheck)],
    );
  }
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.clock.install();
  await page.goto(release.server.url + '/');
  await page.getByRole('tab', { name: 'Tips' }).click();
  await carousel(page).waitFor();
  return { page, context, errors };
}

const carousel = (page) => page.getByRole('region', { name: 'Tips to prevent night cramps' });
const slides = (page) => page.locator('.cw-tips-slides');
const rotation = (page, verb) => page.getByRole('button', { name: `${verb} automatic slide show` });

/** The "N of M" label of the slide in view. */
async function shownSlide(page) {
  return page.locator('[aria-roledescription=slide]:not([hidden])').getAttribute('aria-label');
}

async function shownTitle(page) {
  return page.locator('[aria-roledescription=slide]:not([hidden]) h4').textContent();
}

/** The accessible text of the element that has keyboard focus, inside the shadow root. */
async function focusedText(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.textContent.trim();
  });
}

test('carousel structure follows the WAI-ARIA pattern', async () => {
  const { page, context, errors } = await openTips();
  const region = carousel(page);
  assert.equal(await region.getAttribute('aria-roledescription'), 'carousel');
  assert.doesNotMatch(await region.getAttribute('aria-label'), /carousel/i);
  const group = page.getByRole('group', { name: '1 of 15' });
  assert.equal(await group.getAttribute('aria-roledescription'), 'slide');
  assert.ok(await group.isVisible());
  assert.equal(await page.locator('[aria-roledescription=slide]').count(), 15);
  assert.equal(await page.locator('[aria-roledescription=slide]:visible').count(), 1);
  assert.equal(await slides(page).getAttribute('aria-live'), 'polite');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: rotation control first, then previous and next; Enter moves the slides', async () => {
  const { page, context, errors } = await openTips();
  const tipsTab = page.getByRole('tab', { name: 'Tips' });
  await tipsTab.focus();
  await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), 'Start automatic slide show');
  await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), 'Previous tip');
  await page.keyboard.press('Enter');
  assert.equal(await shownSlide(page), '15 of 15');
  await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), 'Next tip');
  await page.keyboard.press('Enter');
  assert.equal(await shownSlide(page), '1 of 15');
  await page.keyboard.press(' ');
  assert.equal(await shownSlide(page), '2 of 15');
  assert.equal(await slides(page).getAttribute('aria-live'), 'polite');
  assert.equal(await focusedText(page), 'Next tip', 'focus stays on the button');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedText(page), 'Start automatic slide show');
  await page.keyboard.press('Enter');
  assert.equal(await slides(page).getAttribute('aria-live'), 'off');
  assert.equal(await focusedText(page), 'Stop automatic slide show');
  await page.clock.runFor(SLIDE_SHOW_MS);
  assert.equal(await shownSlide(page), '3 of 15', 'focus on the rotation control keeps the show');
  await page.keyboard.press('Tab');
  assert.equal(await slides(page).getAttribute('aria-live'), 'polite', 'focus elsewhere stops it');
  await page.clock.runFor(SLIDE_SHOW_MS * 3);
  assert.equal(await shownSlide(page), '3 of 15');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the slide show starts only from its button, and hover stops it for good', async () => {
  const { page, context, errors } = await openTips({ viewport: DESKTOP });
  await page.clock.runFor(SLIDE_SHOW_MS * 3);
  assert.equal(await shownSlide(page), '1 of 15', 'off by default');

  await rotation(page, 'Start').click();
  assert.equal(await slides(page).getAttribute('aria-live'), 'off');
  await page.clock.runFor(SLIDE_SHOW_MS);
  assert.equal(await shownSlide(page), '2 of 15');
  await page.clock.runFor(SLIDE_SHOW_MS * 2);
  assert.equal(await shownSlide(page), '4 of 15');

  await slides(page).hover();
  assert.ok(await rotation(page, 'Start').isVisible(), 'the button offers to start again');
  assert.equal(await slides(page).getAttribute('aria-live'), 'polite');
  await page.clock.runFor(SLIDE_SHOW_MS * 3);
  assert.equal(await shownSlide(page), '4 of 15');

  await page.mouse.move(2, 2);
  await page.clock.runFor(SLIDE_SHOW_MS * 3);
  assert.equal(await shownSlide(page), '4 of 15', 'leaving does not restart it');

  await rotation(page, 'Start').click();
  await page.clock.runFor(SLIDE_SHOW_MS);
  assert.equal(await shownSlide(page), '5 of 15', 'the button starts it again');
  await rotation(page, 'Stop').click();
  await page.clock.runFor(SLIDE_SHOW_MS * 2);
  assert.equal(await shownSlide(page), '5 of 15');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with reduced motion the slide show never runs', async () => {
  const { page, context, errors } = await openTips({ reducedMotion: 'reduce' });
  assert.equal(await rotation(page, 'Start').count(), 0);
  assert.ok(await page.getByText('The slide show is off because your device is set to reduce motion.').isVisible());
  await page.getByRole('tab', { name: 'Tips' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), 'Previous tip');
  await page.clock.runFor(SLIDE_SHOW_MS * 5);
  assert.equal(await shownSlide(page), '1 of 15');
  assert.equal(await slides(page).getAttribute('aria-live'), 'polite');
  await screenshot(page, 'tips-reduced-motion-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a stored check orders the tips and marks those that match', async () => {
  const lastCheck = {
    checked_on: '2026-11-20',
    answers: { lifestyle: ['low_fluids'], medicines: ['diuretic'] },
  };
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { page, context, errors } = await openTips({ viewport, lastCheck });
    assert.match(
      await page.locator('.cw-tips-personal').textContent(),
      // The browser writes the date in the widget's language ("en"), in its own word order.
      /^Ordered for you, based on your check on (20 November 2026|November 20, 2026)\./,
    );
    // The medicine review answers both the medicine and rule G9, so it comes first.
    assert.equal(await shownTitle(page), 'Ask about your medicines');
    assert.ok(await page.getByText('Matches your answers').first().isVisible());
    assert.ok(await page.getByText('Do not stop or change a medicine yourself').isVisible());
    await screenshot(page, `tips-personal-${name}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a check that said to get help today is repeated above the tips', async () => {
  const lastCheck = { checked_on: '2026-11-20', answers: { duration: 'over_10_min' } };
  const { page, context, errors } = await openTips({ lastCheck });
  const reminder = page.locator('.cw-tips-reminder');
  assert.match(await reminder.textContent(), /said: Get medical advice today\./);
  assert.equal(await page.locator('.cw-tips-personal').count(), 0, 'not ordered by an urgent check');
  assert.equal(await shownTitle(page), 'Stretch your calves before bed', 'the default order');
  await screenshot(page, 'tips-reminder-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP], ['narrow', { width: 320, height: 640 }]]) {
  test(`tips panel fits the screen without sideways scrolling (${name})`, async () => {
    const { page, context, errors } = await openTips({ viewport });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0);
    for (const button of await carousel(page).getByRole('button').all()) {
      const box = await button.boundingBox();
      assert.ok(box.height >= 44, `${await button.textContent()} is ${box.height}px high`);
    }
    await screenshot(page, `tips-${name}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('tips that need care for this person carry their caution in the carousel', async () => {
  const lastCheck = {
    checked_on: '2026-11-20',
    answers: { conditions: ['peripheral_artery_disease', 'diabetes'], frequency: 'less_than_weekly' },
  };
  const { page, context, errors } = await openTips({ lastCheck });
  const slides = page.locator('.cw-tips-slide');
  assert.equal(await slides.count(), 15, 'every tip stays in the carousel');
  const raised = slides.filter({ hasText: 'Raise your legs a little in bed' });
  assert.match(await raised.locator('.cw-tip-caution').textContent(), /poor blood flow/);
  const bath = slides.filter({ hasText: 'Have a warm bath or shower before bed' });
  assert.match(await bath.locator('.cw-tip-caution').textContent(), /Numb skin can burn/);
  assert.equal(
    await slides.last().locator('.cw-tips-slide-title').textContent(),
    'Raise your legs a little in bed',
    'left out of the personal order, so it comes last',
  );
  assert.deepEqual(errors, []);
  await context.close();
});
