// Startup benchmark: the time from navigation start to the widget being interactive (the
// first checker control rendered and focusable), over 15 cold loads of the release build,
// against a plain HTML+JS baseline page measured in the same run. Prints a table; it is a
// benchmark, not a test, so it never fails on a slow machine.
import { DIST, serve, launch } from '../tests/e2e/support.mjs';
import { median, WAIT_INTERACTIVE } from './bench-tools.mjs';

const RUNS = Number(process.env.RUNS ?? 15);

const BASELINE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>
<body><main><div id="app"></div></main><script>
  const button = document.createElement('button');
  button.textContent = 'Start';
  document.getElementById('app').appendChild(button);
</script></body></html>`;

const server = await serve(DIST, { pages: { '/baseline.html': BASELINE } });
const browser = await launch();
const results = { widget: [], baseline: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of [['baseline', '/baseline.html'], ['widget', '/']]) {
      // A fresh context each time: no HTTP cache, no service worker, no storage.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(server.url + path, { waitUntil: 'commit' });
      results[name].push(await page.evaluate(WAIT_INTERACTIVE));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const widget = median(results.widget);
const baseline = median(results.baseline);
console.log(`startup: ${RUNS} cold loads each, headless Chromium, release build on 127.0.0.1`);
console.log('| page | median ms | min ms | max ms |');
console.log('|---|---:|---:|---:|');
for (const [name, values] of Object.entries(results)) {
  console.log(`| ${name} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`);
}
console.log(`widget / baseline: ${(widget / baseline).toFixed(2)}x`);
