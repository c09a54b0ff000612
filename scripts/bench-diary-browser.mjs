// Diary at scale in the browser: 3,650 stored entries (ten years of nightly logging). Over 15
// runs it times, from the widget's User Timing marks (src/timing.rs): reading the value from
// localStorage and decoding it in wasm; the first render of the panel after that; and the
// whole step from the Diary tab click. Each run opens the Diary tab twice: first, and again
// after visiting the Check tab.
// A benchmark, not a test: it prints figures and never fails on a slow machine.
import { serve, launch } from '../tests/e2e/support.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const ENTRIES = Number(process.env.ENTRIES ?? 3650);

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

/** Clicks the Diary tab and reads the widget's User Timing marks once the panel is drawn. */
function openDiary(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        performance.clearMarks();
        const root = document.getElementById('cramp-widget').shadowRoot;
        const at = (name) => performance.getEntriesByName('cramp-widget:' + name)[0]?.startTime;
        const start = performance.now();
        root.getElementById('cw-tab-diary').click();
        (function poll() {
          const rendered = at('diary-rendered');
          if (rendered === undefined || !root.querySelector('#cw-panel-diary li')) {
            setTimeout(poll, 0);
            return;
          }
          const loadEnd = at('diary-load-end');
          resolve({
            decode: loadEnd - at('diary-load-start'),
            render: rendered - loadEnd,
            total: rendered - start,
          });
        })();
      }),
  );
}

const value = storedDiary();
const server = await serve('dist');
const browser = await launch();
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript((v) => localStorage.setItem('cramp-widget/v1/diary', v), value);
    await page.goto(server.url + '/');
    await page.getByRole('tab', { name: 'Diary' }).waitFor();
    // The first opening runs the diary's wasm for the first time, so it includes the
    // engine compiling that code; the second (after visiting another tab) does not.
    const first = await openDiary(page);
    await page.getByRole('tab', { name: 'Check' }).click();
    runs.push({ first, again: await openDiary(page) });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`diary in the browser: ${ENTRIES} entries (${(value.length / 1024).toFixed(0)} KB stored), ${RUNS} runs`);
console.log('| step | opening | median ms | min ms | max ms |');
console.log('|---|---|---:|---:|---:|');
const row = (label, key) => {
  for (const opening of ['first', 'again']) {
    const values = runs.map((r) => r[opening][key]);
    console.log(
      `| ${label} | ${opening} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`,
    );
  }
};
row('load and decode from localStorage (target ≤ 10)', 'decode');
row('first render of the diary panel (target ≤ 50)', 'render');
row('Diary tab click to rendered panel', 'total');
