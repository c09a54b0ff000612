// The npm package (pkg/) as a bundler site uses it: tests/fixtures/vite-app installs it like a
// registry package (packed, so only its `files` arrive), Vite's build() bundles the app, and the
// built site renders the widget and runs a check to its result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT, serve, launch, collectErrors, screenshot, assertNoViolations, DESKTOP } from './support.mjs';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'vite-app');
let app; // the fixture's copy in a temporary folder, so the tree stays clean
let server;
let browser;

before(async () => {
  app = mkdtempSync(join(tmpdir(), 'cramp-vite-app-'));
  cpSync(FIXTURE, app, { recursive: true });
  // The fixture's relative file: path points at pkg/ from inside the tree.
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  manifest.dependencies['cramp-widget'] = `file:${join(ROOT, 'pkg')}`;
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  execFileSync('npm', ['install', '--install-links', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: app,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await build({ root: app, logLevel: 'warn', build: { outDir: join(app, 'dist') } });
  server = await serve(join(app, 'dist'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test('the installed package carries its types, README and metadata', () => {
  const installed = join(app, 'node_modules', 'cramp-widget');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.license, 'MIT');
  assert.ok(manifest.keywords?.length > 0, 'keywords');
  assert.ok(manifest.files.includes('cramp-widget-element.d.ts'));
  assert.ok(existsSync(join(installed, 'cramp-widget-element.d.ts')));
  assert.match(readFileSync(join(installed, manifest.types), 'utf8'), /reference path="\.\/cramp-widget-element\.d\.ts"/);
  assert.match(readFileSync(join(installed, 'cramp-widget-element.d.ts'), 'utf8'), /'cramp-widget': CrampWidgetElement/);
  assert.match(readFileSync(join(installed, 'README.md'), 'utf8'), /import \{ mount \} from 'cramp-widget'/);
});

test('the Vite-built site renders the widget and a check reaches its result', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  const errors = collectErrors(page);
  await page.goto(`${server.url}/`);
  const widget = page.locator('cramp-widget');
  await widget.getByRole('tab', { name: 'Check' }).waitFor();
  assert.equal(await widget.locator('.cw-clinic').textContent(), 'Riverside Family Practice');
  await assertNoViolations(page, 'Vite-built site');

  await widget.getByRole('checkbox', { name: 'None of these', exact: true }).check();
  while (!(await widget.getByRole('heading', { name: 'Check your answers' }).isVisible())) {
    await widget.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await widget.getByRole('button', { name: 'See my result' }).click();
  await widget.locator('.cw-check-level h3').waitFor();
  await screenshot(page, 'vite-app-result');
  assert.deepEqual(errors, []);
  await page.close();
});
