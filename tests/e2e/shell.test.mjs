// The standalone app loads, renders the widget inside its shadow root and switches panels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useReleaseBuild, screenshot, collectErrors, PHONE, DESKTOP } from './support.mjs';

const release = useReleaseBuild();

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`app shell renders with three tabs (${name})`, async () => {
    const page = await release.browser.newPage({ viewport });
    const errors = collectErrors(page);
    await page.goto(release.server.url + '/');
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    assert.deepEqual(await tabs.allTextContents(), ['Check', 'Tips', 'Diary']);
    const inShadow = await page.evaluate(
      () => !!document.getElementById('cramp-widget').shadowRoot?.querySelector('[role=tablist]'),
    );
    assert.ok(inShadow, 'the widget renders inside an open shadow root');
    await screenshot(page, `shell-check-${name}`);

    await page.getByRole('tab', { name: 'Diary' }).click();
    assert.equal(await page.getByRole('tab', { name: 'Diary' }).getAttribute('aria-selected'), 'true');
    await page.getByRole('tab', { name: 'Diary' }).press('ArrowLeft');
    assert.equal(await page.getByRole('tab', { name: 'Tips' }).getAttribute('aria-selected'), 'true');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
