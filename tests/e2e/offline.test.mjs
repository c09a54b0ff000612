// Offline use of the standalone app: after one visit the service worker serves the app with
// the network off, and a full checker run and a diary entry still work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useReleaseBuild, collectErrors, PHONE } from './support.mjs';

const release = useReleaseBuild();

test('after one visit the app loads and works with the network off', async () => {
  const context = await release.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(release.server.url + '/');
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && !!navigator.serviceWorker.controller;
  });

  await context.setOffline(true);
  const errors = collectErrors(page);
  await page.reload();
  const heading = (name) => page.getByRole('heading', { name, exact: true });
  await heading('First, a quick safety check').waitFor();

  // A full checker run: every later question is optional.
  await page.getByRole('checkbox', { name: 'None of these', exact: true }).check();
  while (!(await heading('Check your answers').isVisible())) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.locator('.cw-check-level h3').waitFor();
  assert.equal((await page.locator('.cw-check-level h3').textContent()).trim(), 'You can usually manage this at home');

  // A diary entry, saved while offline.
  await page.getByRole('tab', { name: 'Diary' }).click();
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction(() => {
    const raw = localStorage.getItem('cramp-widget/v1/diary');
    return raw && JSON.parse(raw).entries.length === 1;
  });
  assert.deepEqual(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});
