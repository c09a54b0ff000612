// Diary at scale in the browser: 3,650 stored entries (ten years of nightly logging). Measures,
// over 15 runs, the time from switching to the Diary tab until its entry list is on screen:
// reading the value from localStorage, decoding it in wasm, and the first render of the panel.
// A benchmark, not a test: it prints figures and never fails on a slow machine.
import { serve, launch } from '../tests/e2e/support.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const ENTRIES = 3650;

function storedDiary() {
  const muscles = ['c', 'f', 't'];
  const sides = ['l', 'r', 'b'];
  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2016, 0, 1);
  const entries = [];
  for (let i = 0; i < ENTRIES; i++) {
    const entry = {
      i: 1_600_000_000_000 + i,
      n: new Date(start + i * day).toISOString().slice(0, 10),
      m: muscles[i % 3],
      s: sides[i % 3],
      d: 1 + (i % 9),
      p: i % 11,
      z: (i * 7) % 11,
    };
    if (i % 4 === 0) entry.t = 'fx';
    if (i % 20 === 0) entry.o = 'Woke up twice; stretched and it eased.';
    entries.push(entry);
  }
  return JSON.stringify({ v: 2, entries });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const value = storedDiary();
const server = await serve('dist');
const browser = await launch();
const times = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript((v) => localStorage.setItem('cramp-widget/v1/diary', v), value);
    await page.goto(server.url + '/');
    await page.getByRole('tab', { name: 'Diary' }).waitFor();
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const root = document.getElementById('cramp-widget').shadowRoot;
            const start = performance.now();
            root.getElementById('cw-tab-diary').click();
            (function poll() {
              const list = root.querySelector('#cw-panel-diary li');
              if (list) resolve(performance.now() - start);
              else setTimeout(poll, 0);
            })();
          }),
      ),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`diary in the browser: ${ENTRIES} entries (${(value.length / 1024).toFixed(0)} KB stored), ${RUNS} runs`);
console.log('| step | median ms | min ms | max ms |');
console.log('|---|---:|---:|---:|');
console.log(
  `| Diary tab: load, decode and first render | ${median(times).toFixed(1)} | ${Math.min(...times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`,
);
