// Shared set-up for the end-to-end tests: a static file server on 127.0.0.1 for the release
// build, and Debian's Chromium driven by playwright-core (its own browser download cannot
// run on these machines).
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
/** The release build under test; a worktree can point elsewhere with CRAMP_DIST. */
export const DIST = process.env.CRAMP_DIST ?? 'dist';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` (relative to the repository) on 127.0.0.1 at a free port; resolves to
 * { url, close }. `transform(path, body)` may rewrite a file as it is served, and `pages`
 * maps extra paths to bodies served from memory.
 */
export async function serve(dir, { headers = {}, transform, pages = {} } = {}) {
  const base = resolve(ROOT, dir);
  await stat(base).catch(() => {
    throw new Error(`${dir} is missing: run the release build first (make build)`);
  });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = path in pages ? Buffer.from(pages[path]) : await readFile(file);
      if (transform) body = transform(path, body);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/**
 * Headless Debian Chromium. `JSFLAGS` passes V8 flags through, for benchmarks that ask where
 * time goes (docs/benchmarks.md), e.g. `JSFLAGS=--no-wasm-lazy-compilation`.
 */
export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.env.JSFLAGS ? ['--js-flags=' + process.env.JSFLAGS] : []),
    ],
  });
}

/** The checker's headings after the red-flag step, in order, ending at the review. */
export const CHECKER_STEPS = [
  'About you',
  'How often and how long',
  'Where, and your sleep',
  'Other symptoms',
  'Blood clot risks',
  'Medicines',
  'Health conditions',
  'Daily habits',
  'Check your answers',
];

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

/** Saves a full-page screenshot under test-results/screenshots (ignored by git). */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fails the test on any page error or console error, which a widget should never produce. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Two tabs of one browser profile at desktop width, with their errors collected, and `use(tab)`,
 * which brings a tab to the front before it is used: Playwright waits for animation frames
 * before acting, which background tabs throttle, so a test switches tabs as a person would.
 */
export async function twoTabs(browser) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const [one, two] = [await context.newPage(), await context.newPage()];
  const errors = [...collectErrors(one), ...collectErrors(two)];
  const use = async (page) => {
    await page.bringToFront();
    return page;
  };
  return { context, one, two, errors, use };
}

/**
 * Serves the release build and starts Chromium around the calling file's tests. The returned
 * object's `server` and `browser` are set once the tests run.
 */
export function useReleaseBuild() {
  const release = {};
  before(async () => {
    release.server = await serve(DIST);
    release.browser = await launch();
  });
  after(async () => {
    await release.browser?.close();
    await release.server?.close();
  });
  return release;
}

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the widget (it walks the open shadow root) in the light and in the dark colour
 * scheme, so every screen is checked in both themes, and fails with a readable list. The page
 * is left in the scheme it had.
 */
export async function assertNoViolations(page, screen) {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await scan(page, `${screen} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
}

async function scan(page, screen) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (values) => {
    const results = await window.axe.run(
      { include: [['#cramp-widget']] },
      { runOnly: { type: 'tag', values }, resultTypes: ['violations'] },
    );
    // Selectors that reach into a shadow root are arrays of more than one selector: without
    // any, axe never saw the widget's content and "no violations" would mean nothing.
    const inShadow = results.passes.some((p) => p.nodes.some((n) => Array.isArray(n.target[0])));
    if (!inShadow) return [{ id: 'no-shadow-content', help: 'axe saw nothing inside the widget', nodes: [] }];
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
  const report = violations
    .map((v) => `${v.id} (${v.help}):\n${v.nodes.map((n) => `  ${n.target}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n')}`)
    .join('\n');
  assert.equal(violations.length, 0, `${screen} at ${page.viewportSize().width}px:\n${report}`);
}

