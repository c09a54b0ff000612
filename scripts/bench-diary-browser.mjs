// Diary at scale in the browser: 3,650 stored entries (ten years of nightly logging). Over 15
// runs it times, from the widget's User Timing marks (src/timing.rs): reading the value from
// localStorage and decoding it in wasm; the first render of the panel after that; and the
// whole step from the Diary tab click. Each run opens the Diary tab twice: first, and again
// after visiting the Check tab.
//
// The first opening is timed two ways, each over its own RUNS page loads. "at once" clicks as
// soon as the tab appears, while the browser is still optimising the code start-up ran (on
// two cores that work competes with the decode). "after a pause" waits PAUSE_MS (default 1 s)
// first, which is closer to a person, who has to find the tab before clicking it.
// A benchmark, not a test: it prints figures and never fails on a slow machine.
import { DIST, serve, launch } from '../tests/e2e/support.mjs';
import { median, storedDiary } from './bench-tools.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 1000);
const ENTRIES = Number(process.env.ENTRIES ?? 3650);

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

const value = storedDiary(ENTRIES);
const server = await serve(DIST);
const browser = await launch();
const runs = { 'first, at once': [], 'first, after a pause': [], again: [] };
try {
  for (const pause of [0, PAUSE_MS]) {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript((v) => localStorage.setItem('cramp-widget/v1/diary', v), value);
      await page.goto(server.url + '/');
      await page.getByRole('tab', { name: 'Diary' }).waitFor();
      await page.waitForTimeout(pause);
      // The first opening runs the diary's wasm for the first time, so it includes the
      // engine compiling that code; the second (after visiting another tab) does not.
      runs[pause ? 'first, after a pause' : 'first, at once'].push(await openDiary(page));
      await page.getByRole('tab', { name: 'Check' }).click();
      runs.again.push(await openDiary(page));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `diary in the browser: ${ENTRIES} entries (${(value.length / 1024).toFixed(0)} KB stored), ` +
    `${RUNS} page loads per first opening, pause ${PAUSE_MS} ms, ${2 * RUNS} second openings`,
);
console.log('| step | opening | median ms | min ms | max ms |');
console.log('|---|---|---:|---:|---:|');
const row = (label, key) => {
  for (const [opening, timings] of Object.entries(runs)) {
    const values = timings.map((timing) => timing[key]);
    console.log(
      `| ${label} | ${opening} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`,
    );
  }
};
row('load and decode from localStorage (target ≤ 10)', 'decode');
row('first render of the diary panel (target ≤ 50)', 'render');
row('Diary tab click to rendered panel', 'total');
