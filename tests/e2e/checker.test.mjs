// The checker end to end in the release build: one full run for each of the four result
// levels, the prompt on an unanswered first step, a reload in the middle that keeps the
// answers, and the last-check screen after a finished check. Screenshots of every kind of
// step and of each result are saved at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useReleaseBuild, CHECKER_STEPS, screenshot, collectErrors, PHONE, DESKTOP } from './support.mjs';

const release = useReleaseBuild();

/** A fresh page (its own storage) on the Check panel at the first step. */
async function openChecker(viewport = PHONE) {
  const page = await release.browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(release.server.url + '/');
  await heading(page, 'First, a quick safety check').waitFor();
  return { page, errors };
}

const heading = (page, name) => page.getByRole('heading', { name, exact: true });
const question = (page, name) => page.getByRole('group', { name });
const next = (page) => page.getByRole('button', { name: 'Next', exact: true });

/** Ticks or picks the option labelled `label` in the question `legend`. */
async function answer(page, legend, label) {
  const group = question(page, legend);
  const control = group.getByRole('radio', { name: label, exact: true })
    .or(group.getByRole('checkbox', { name: label, exact: true }));
  await control.check();
}

/** Moves on and waits for the next step's heading. */
async function nextTo(page, title) {
  await next(page).click();
  await heading(page, title).waitFor();
}

/** Screenshots the page at both widths, ending at the width it started with. */
async function screenshots(page, name) {
  const start = page.viewportSize();
  for (const [suffix, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `checker-${name}-${suffix}`);
  }
  await page.setViewportSize(start);
}

const RED_FLAGS = 'Do you have any of these right now?';

/** From step 1 to the review, answering with `answers` (legend -> labels) along the way. */
async function walkToReview(page, answers, { redFlag = 'None of these', shoot = false } = {}) {
  await answer(page, RED_FLAGS, redFlag);
  for (const title of CHECKER_STEPS) {
    await nextTo(page, title);
    for (const [legend, labels] of Object.entries(answers[title] ?? {})) {
      for (const label of [labels].flat()) await answer(page, legend, label);
    }
    if (shoot && title !== 'Check your answers') {
      await screenshots(page, `step-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    }
  }
}

async function resultHeadline(page) {
  const card = page.locator('.cw-check-level h3');
  await card.waitFor();
  return (await card.textContent()).trim();
}

test('an unanswered first step explains what is needed', async () => {
  const { page, errors } = await openChecker();
  assert.equal(await page.getByText('Step 1 of 8').count(), 1);
  const bar = page.getByRole('progressbar');
  assert.equal(await bar.getAttribute('value'), '1');
  assert.equal(await bar.getAttribute('max'), '8');
  await screenshots(page, 'step-red-flags');
  await next(page).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /None of these/);
  assert.equal(await heading(page, 'First, a quick safety check').count(), 1, 'still on step 1');
  await screenshots(page, 'step-red-flags-error');
  assert.deepEqual(errors, []);
  await page.close();
});

test('emergency: a red flag goes straight to the emergency result with a tel: link', async () => {
  const { page, errors } = await openChecker();
  await answer(page, RED_FLAGS, 'Sudden shortness of breath or chest pain');
  await next(page).click();
  assert.equal(await resultHeadline(page), 'Call 112 now');
  const call = page.getByRole('link', { name: 'Call 112' });
  assert.equal(await call.getAttribute('href'), 'tel:112');
  assert.ok(await page.getByText('Why am I seeing this?').first().isVisible());
  assert.equal(await page.getByText('Tips that may help').count(), 0, 'no tips beside an emergency');
  await screenshots(page, 'result-emergency');
  assert.deepEqual(errors, []);
  await page.close();
});

test('urgent: a cramp over 10 minutes means advice today', async () => {
  const { page, errors } = await openChecker(DESKTOP);
  await walkToReview(page, {
    'How often and how long': {
      'How long did your longest recent cramp last?': 'More than 10 minutes, and stretching did not help',
    },
  });
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await resultHeadline(page), 'Get medical advice today');
  assert.ok(await page.getByText('A cramp that lasted more than 10 minutes').isVisible());
  await screenshots(page, 'result-urgent');
  assert.deepEqual(errors, []);
  await page.close();
});

test('gp: cramps 3 or more nights a week mean booking an appointment', async () => {
  const { page, errors } = await openChecker();
  await walkToReview(page, {
    'About you': { 'How old are you?': '65 or older' },
    'How often and how long': { 'How often do you get leg cramps?': '3 or more nights a week' },
    Medicines: { 'Do you take any of these medicines?': ['Water tablets (diuretics)', 'A statin for cholesterol, such as atorvastatin'] },
    'Daily habits': { 'Do any of these fit your daily life?': ['I sit for long periods', 'I am not very active'] },
  });
  await page.getByRole('button', { name: 'Change your answers about: Medicines' }).click();
  await heading(page, 'Medicines').waitFor();
  await answer(page, 'Did the cramps start or get worse after you began a medicine?', 'No');
  await screenshots(page, 'step-medicines-follow-up');
  await nextTo(page, 'Check your answers');
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await resultHeadline(page), 'Book an appointment with your doctor');
  assert.ok(await page.getByText('Cramps 3 or more nights a week').isVisible());
  assert.ok(await page.getByText('Strong link in studies').isVisible(), 'medicine evidence shown');
  assert.ok(await page.getByText(/Do not stop or change a medicine yourself/).isVisible());
  const why = page.getByText('Why am I seeing this?').first();
  await why.click();
  assert.ok(await page.getByText('NICE Clinical Knowledge Summary: Leg cramps').first().isVisible());
  await screenshots(page, 'result-gp');
  await page.setViewportSize({ width: 320, height: 700 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no sideways scrolling at 320 px (page is ${width} px wide)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('self-care: mild answers, every step type, the review and its Change button', async () => {
  const { page, errors } = await openChecker();
  await walkToReview(
    page,
    {
      'About you': { 'How old are you?': '16 to 49', 'Are you pregnant?': 'No' },
      'How often and how long': {
        'How often do you get leg cramps?': 'Less than once a week',
        'How long did your longest recent cramp last?': 'Less than 1 minute',
      },
      'Where, and your sleep': { 'Where do you get the cramps?': 'Calf (back of the lower leg)', 'Do the cramps spoil your sleep?': 'No' },
      'Other symptoms': { 'Have you noticed any of these?': 'None of these' },
      Medicines: { 'Do you take any of these medicines?': 'None of these' },
      'Health conditions': { 'Do you have any of these health conditions?': 'None of these' },
      'Daily habits': { 'Do any of these fit your daily life?': 'I rarely stretch', 'Have you already tried stretching and drinking more water?': 'No' },
    },
    { shoot: true },
  );
  await screenshots(page, 'review');
  await page.getByRole('button', { name: 'Change your answers about: How often and how long' }).click();
  await heading(page, 'How often and how long').waitFor();
  assert.ok(await question(page, 'How often do you get leg cramps?').getByRole('radio', { name: 'Less than once a week' }).isChecked());
  await nextTo(page, 'Check your answers');
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await resultHeadline(page), 'You can usually manage this at home');
  assert.ok(await page.getByText('Stretch your calves before bed').isVisible());
  await screenshots(page, 'result-self-care');

  await page.getByRole('button', { name: 'See all tips' }).click();
  assert.equal(await page.getByRole('tab', { name: 'Tips' }).getAttribute('aria-selected'), 'true');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a reload in the middle keeps every answer and the step', async () => {
  const { page, errors } = await openChecker();
  await answer(page, RED_FLAGS, 'None of these');
  await nextTo(page, 'About you');
  await answer(page, 'How old are you?', '50 to 64');
  await nextTo(page, 'How often and how long');
  await answer(page, 'How often do you get leg cramps?', 'About twice a week');
  await page.reload();
  await heading(page, 'How often and how long').waitFor();
  assert.ok(await question(page, 'How often do you get leg cramps?').getByRole('radio', { name: 'About twice a week' }).isChecked());
  await page.getByRole('button', { name: 'Back' }).click();
  await heading(page, 'About you').waitFor();
  assert.ok(await question(page, 'How old are you?').getByRole('radio', { name: '50 to 64' }).isChecked());
  assert.deepEqual(errors, []);
  await page.close();
});

test('after a finished check the panel opens on the last result', async () => {
  const { page, errors } = await openChecker();
  await walkToReview(page, {}, { redFlag: 'Swelling in one leg only' });
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await resultHeadline(page), 'Get medical advice today');
  await page.reload();
  await heading(page, 'Check your cramps').waitFor();
  assert.match(await page.locator('.cw-check-last-summary').textContent(), /Your last check on .*: Get medical advice today/);
  await screenshots(page, 'last-check');
  await page.getByRole('button', { name: 'See the result' }).click();
  assert.equal(await resultHeadline(page), 'Get medical advice today');
  await page.getByRole('button', { name: 'Start again' }).click();
  const confirm = page.getByRole('group', { name: 'Start again? This clears all your answers.' });
  await confirm.waitFor();
  await screenshots(page, 'result-start-again');
  await confirm.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await heading(page, 'First, a quick safety check').waitFor();
  assert.equal(await question(page, RED_FLAGS).getByRole('checkbox', { checked: true }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
