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
  assert.equal(await page.getByText('Step 1 of 9').count(), 1);
  const bar = page.getByRole('progressbar');
  assert.equal(await bar.getAttribute('value'), '1');
  assert.equal(await bar.getAttribute('max'), '9');
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
      'How long did your longest recent cramp last?': 'More than 10 minutes, and stretching did not ease it',
    },
  });
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await resultHeadline(page), 'Get medical advice today');
  assert.ok(await page.getByText('A cramp over 10 minutes that stretching did not ease').isVisible());
  assert.equal(await page.getByText('Tips that may help').count(), 0, 'no self-care tips when urgent');
  assert.ok(await page.getByRole('heading', { name: 'While you wait for help' }).isVisible());
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
  assert.ok(await page.getByText('Some link in studies').first().isVisible(), 'medicine evidence shown');
  assert.ok(await page.getByText(/Do not stop or change a medicine yourself/).isVisible());
  const why = page.getByText('Why am I seeing this?').first();
  await why.click();
  assert.ok(await page.getByText('Mayo Clinic: Night leg cramps, and Rhabdomyolysis').first().isVisible());
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
      'Blood clot risks': { 'Do any of these apply to you?': 'None of these' },
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

/** Answers the steps up to `title` with "None of these" or nothing, then stops there. */
async function skipTo(page, title) {
  await answer(page, RED_FLAGS, 'None of these');
  for (const step of CHECKER_STEPS) {
    await nextTo(page, step);
    if (step === title) return;
  }
}

const SYMPTOMS = 'Have you noticed any of these?';
const CLOT_RISKS = 'Do any of these apply to you?';

// Spec v2's new emergency rules, each reached through the real wizard. A red flag that alone
// calls for the emergency number ends the wizard on step 1; a combination, on the step that
// completes it.
const NEW_EMERGENCIES = [
  ['E3: very bad pain in a swollen leg', async (page) => {
    await answer(page, RED_FLAGS, 'Very bad leg pain that stays after the cramp has eased');
    await answer(page, RED_FLAGS, 'Swelling in one leg only');
  }, 'Bad pain with a swollen leg, or a tight cast'],
  ['E3: a cast with new numbness', async (page) => {
    await skipTo(page, 'Other symptoms');
    await answer(page, SYMPTOMS, 'New numbness or pins and needles in the leg or foot');
    await nextTo(page, 'Blood clot risks');
    await answer(page, CLOT_RISKS, 'A leg in a plaster cast or a tight bandage');
  }, 'Bad pain with a swollen leg, or a tight cast'],
  ['E4: foot pain at rest with numbness and weakness', async (page) => {
    await skipTo(page, 'Other symptoms');
    for (const label of [
      'Pain in the foot while resting or lying down',
      'New numbness or pins and needles in the leg or foot',
      'New weakness in the leg',
    ]) await answer(page, SYMPTOMS, label);
  }, 'Pain with numbness, weakness or a colour change'],
  ['E5: spasms after a wound', async (page) => {
    await answer(page, RED_FLAGS, 'A stiff jaw or spasms in the body after a cut, bite or wound in the last 3 weeks');
  }, 'Stiff jaw or spasms after a wound'],
  ['E6: cola-coloured pee', async (page) => {
    await answer(page, RED_FLAGS, 'Pee that is brown or cola-coloured, not just dark yellow');
  }, 'Brown or cola-coloured pee'],
  ['E7: back pain with numbness between the legs', async (page) => {
    await answer(page, RED_FLAGS, 'Back pain with numbness between the legs or around the bottom, or new trouble holding or passing pee or poo');
  }, 'Back pain with numbness between the legs or bladder changes'],
];

for (const [name, reach, reason] of NEW_EMERGENCIES) {
  test(`emergency through the wizard, ${name}`, async () => {
    const { page, errors } = await openChecker();
    await reach(page);
    await next(page).click();
    assert.equal(await resultHeadline(page), 'Call 112 now');
    assert.ok(await page.getByText(reason, { exact: true }).isVisible(), reason);
    assert.equal(await page.getByRole('link', { name: 'Call 112' }).getAttribute('href'), 'tel:112');
    assert.equal(await page.getByText('Tips that may help').count(), 0, 'no tips beside an emergency');
    assert.ok(await page.getByRole('heading', { name: 'While you wait for help' }).isVisible());
    if (name.startsWith('E3') || name.startsWith('E4')) {
      assert.ok(await page.getByText('Do not rub the leg or put heat on it.', { exact: false }).isVisible());
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the first step shows every red flag on a phone without sideways scrolling', async () => {
  const { page, errors } = await openChecker(PHONE);
  const boxes = page.getByRole('group', { name: RED_FLAGS }).getByRole('checkbox');
  assert.equal(await boxes.count(), 10, 'nine red flags and "None of these"');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0);
  for (const box of await boxes.all()) {
    const rect = await box.boundingBox();
    assert.ok(rect && rect.x >= 0 && rect.x + rect.width <= PHONE.width, 'each red flag is on screen');
  }
  await screenshots(page, 'step-red-flags-v2');
  assert.deepEqual(errors, []);
  await page.close();
});
