// Phone profile: the release build as a mid-range phone sees it. Chromium's CPU runs 4x slower
// (CDP Emulation.setCPUThrottlingRate), the viewport is a 412 x 915 touch screen at DPR 2.625,
// and 3,650 nights are stored in the diary before every load. Each run is one cold load (a
// fresh browser context: no cache, no service worker, no storage but the seeded diary) of each
// of three pages, interleaved so that load on the machine hits them alike:
//   plain  a plain HTML+JS page with one button (the same baseline as bench-startup.mjs);
//   app    the standalone app (index.html);
//   embed  a host page with <script src=/embed/cramp-widget.js> and <cramp-widget>.
// It reports, as median, min and max over RUNS (default 7) runs:
//   1. start-up: navigation start to the first checker control focusable, and the ratio to
//      the plain page;
//   2. total blocking time during start-up: the sum over long tasks of (duration - 50 ms);
//   3. the latency of each tap a patient makes, from the Event Timing API the way Chrome's
//      INP takes it (the longest entry of the interaction), in the app and in the embed;
//   4. the embed's time to interactive on a slow phone network (1.6 Mbps down, 750 kbps up,
//      150 ms latency), served as it is and gzip-compressed, as a server would send it.
// A benchmark, not a test: it prints figures, writes "timed out" where a measurement did not
// finish, and always exits 0.
import { gzipSync } from 'node:zlib';
import { DIST, serve, launch } from '../tests/e2e/support.mjs';
import { median, storedDiary, WAIT_INTERACTIVE } from './bench-tools.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const ENTRIES = Number(process.env.ENTRIES ?? 3650);
const CPU_RATE = 4;
const CONTEXT = {
  serviceWorkers: 'block',
  viewport: { width: 412, height: 915 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
};
// A "Slow 4G"-like link, in the units CDP takes: bytes per second and milliseconds.
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
// Bounds for every wait, so a stuck page costs a cell ("timed out"), not the whole run.
const TIMEOUT_MS = 30_000;
// Start-up's long tasks are counted until the page has had no long task for QUIET_MS, or
// until TBT_WINDOW_MS after the first control, whichever is first.
const QUIET_MS = 1000;
const TBT_WINDOW_MS = 3000;
// Taps begin once start-up has settled, and each tap waits for the page to settle again
// (no long task for TAP_QUIET_MS) so one tap's work does not spill into the next.
const SETTLE_MS = 2000;
const TAP_QUIET_MS = 500;

const BASELINE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>baseline</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><div id="app"></div></main><script>
  const button = document.createElement('button');
  button.textContent = 'Start';
  document.getElementById('app').appendChild(button);
</script></body></html>`;

// A clinic page as README "The script tag" shows it, without the async attribute's race: the
// element comes first, then the script (as tests/e2e/embed.test.mjs builds its plain page).
// The viewport meta matters here: without it a mobile browser lays the page out 980 px wide.
const embedHost = (src) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>clinic</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Riverside Family Practice</h1>
<cramp-widget clinic-name="Riverside Family Practice" emergency-number="999"></cramp-widget>
</main><script src="${src}"></script></body></html>`;

// The two-file embed does not exist yet. When it does, add its loader's path here (and serve
// its wasm beside it); every table below then gets its row without further changes.
const EMBED_VARIANTS = [
  { name: 'single file', script: '/embed/cramp-widget.js' },
  { name: 'two-file variant', script: null },
];

// Runs in every page before its own scripts: seeds the diary and starts the two observers, so
// nothing the page does early is missed (both entry types are also buffered, as a backstop).
// Every page gets the seed, the plain one too, so the cost of writing it is on all sides.
function instrument(diary) {
  localStorage.setItem('cramp-widget/v1/diary', diary);
  const longTasks = [];
  const events = [];
  window.__bench = { longTasks, events };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // 16 ms is the lowest threshold the API allows, and the one web-vitals uses for INP.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) {
        events.push({ name: e.name, id: e.interactionId, duration: e.duration, start: e.startTime });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** Resolves once no long task has ended for `quiet` ms, or at `until` (page time), if given. */
function waitQuiet(page, quiet, until = Infinity) {
  return page.evaluate(
    ([quiet, until]) =>
      new Promise((resolve) => {
        const tasks = window.__bench.longTasks;
        (function poll() {
          const now = performance.now();
          const last = tasks.length ? tasks[tasks.length - 1] : null;
          const lastEnd = last ? last.start + last.duration : 0;
          if (now - lastEnd >= quiet || now >= until) resolve(now);
          else setTimeout(poll, 50);
        })();
      }),
    [quiet, until],
  );
}

/** Waits until `at` (page time) and then until no long task has ended for TAP_QUIET_MS. */
async function settle(page, at) {
  await page.evaluate((at) => new Promise((ok) => setTimeout(ok, Math.max(0, at - performance.now()))), at);
  await waitQuiet(page, TAP_QUIET_MS);
}

/** The total blocking time of the long tasks that started before `end` (page time). */
async function totalBlockingTime(page, end) {
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  return tasks.filter((t) => t.start < end).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

/** Rejects after TIMEOUT_MS, so that one stuck page becomes one "timed out" cell. */
function timed(promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A fresh context and page with the phone profile applied before navigation. CPU throttling
 * belongs to the page's CDP session, so it is set on a session opened before `goto`.
 */
async function phonePage(browser, diary, { network } = {}) {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript(instrument, diary);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page };
}

/** One cold load: start-up time and the start-up's total blocking time. */
async function coldLoad(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  const interactive = await timed(page.evaluate(WAIT_INTERACTIVE));
  const end = await timed(waitQuiet(page, QUIET_MS, interactive + TBT_WINDOW_MS));
  return { startup: interactive, tbt: await totalBlockingTime(page, end) };
}

const role = (page, kind, name) => page.getByRole(kind, { name, exact: true });

// The taps a patient makes, in order. `act` is the real input (Playwright's click and key
// presses go through CDP's Input domain, so they are trusted events the Event Timing API
// sees); `done` waits for what the tap shows. `prepare` does untimed set-up first.
const TAPS = [
  {
    name: 'Next (checker, after step 1)',
    // The red-flag step is one group of checkboxes; "None of these" is what lets Next on.
    prepare: (page) => role(page, 'checkbox', 'None of these').click(),
    act: (page) => role(page, 'button', 'Next').click(),
    done: (page) => role(page, 'heading', 'About you').waitFor(),
  },
  {
    name: 'Tips tab',
    act: (page) => role(page, 'tab', 'Tips').click(),
    done: (page) => role(page, 'tabpanel', 'Tips').waitFor(),
  },
  {
    // The first opening decodes and draws the 3,650 stored nights.
    name: 'Diary tab (first opening)',
    act: (page) => role(page, 'tab', 'Diary').click(),
    done: (page) => role(page, 'button', 'Log a cramp').waitFor(),
  },
  {
    name: 'Log a cramp',
    act: (page) => role(page, 'button', 'Log a cramp').click(),
    done: (page) => role(page, 'button', 'Save').waitFor(),
  },
  {
    // The form opens filled in (last night, calf, left, 2 min), so Save stores 3,651 nights.
    name: 'Save (diary form)',
    act: (page) => role(page, 'button', 'Save').click(),
    done: (page) => role(page, 'button', 'Log a cramp').waitFor(),
  },
  {
    name: 'Check tab',
    act: (page) => role(page, 'tab', 'Check').click(),
    done: (page) => role(page, 'tabpanel', 'Check').waitFor(),
  },
  {
    name: 'Cramp now',
    act: (page) => role(page, 'button', 'Cramp now').click(),
    done: (page) => role(page, 'heading', 'Ease the cramp').waitFor(),
  },
  {
    name: 'Close (Cramp now)',
    act: (page) => role(page, 'button', 'Close').click(),
    done: (page) => role(page, 'button', 'Cramp now').waitFor(),
  },
  {
    // A tap on a <select> opens the browser's own picker, which no page API can time, so the
    // choice is made from the keyboard: on a closed select (not on macOS) an arrow key changes
    // the value and fires change at once, inside the keydown the Event Timing API reports.
    // Focusing first is not an interaction. The options are English, Español, हिन्दी.
    name: 'Language: to Español',
    prepare: (page) => page.locator('.cw-language-select').focus(),
    act: (page) => page.keyboard.press('ArrowDown'),
    done: (page) => role(page, 'tab', 'Consejos').waitFor(),
  },
  {
    name: 'Language: back to English',
    prepare: (page) => page.locator('.cw-language-select').focus(),
    act: (page) => page.keyboard.press('ArrowUp'),
    done: (page) => role(page, 'tab', 'Tips').waitFor(),
  },
];

/**
 * Makes one tap and reads its latency: the longest Event Timing entry of the interaction,
 * as INP does. Returns { latency, entries, interactions }: `latency` is null when the
 * interaction had no entry of 16 ms or more (reported as "<16"), and `interactions` is how
 * many interactions the browser counted, which should be 1 for a tap or a key press.
 */
async function tap(page, step) {
  if (step.prepare) await step.prepare(page);
  await waitQuiet(page, TAP_QUIET_MS);
  const before = await page.evaluate(() => ({ n: window.__bench.events.length, count: performance.interactionCount }));
  await step.act(page);
  await step.done(page);
  // Entries are delivered after the next paint, and observers are called later still: wait
  // for the page to settle and for two more frames before reading them.
  await waitQuiet(page, TAP_QUIET_MS);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));
  return page.evaluate((before) => {
    const entries = window.__bench.events.slice(before.n);
    return {
      latency: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
      entries: entries.length,
      interactions: performance.interactionCount - before.count,
    };
  }, before);
}

const ms = (value) => value.toFixed(1);

/** "median | min | max | runs" cells; a timed-out run counts in runs but has no figure. */
function cells(values, runs = RUNS, format = ms) {
  const done = values.filter((v) => typeof v === 'number');
  const missing = runs - done.length;
  const runsCell = missing ? `${done.length} of ${runs} (${missing} timed out)` : String(runs);
  if (!done.length) return `timed out | timed out | timed out | ${runsCell}`;
  return `${format(median(done))} | ${format(Math.min(...done))} | ${format(Math.max(...done))} | ${runsCell}`;
}

/** Runs `fn` and returns its result, or null (a "timed out" cell) if it throws. */
async function attempt(what, fn) {
  try {
    return await fn();
  } catch (e) {
    console.error(`${what}: ${e.message.split('\n')[0]}`);
    return null;
  }
}

const diary = storedDiary(ENTRIES);
const started = Date.now();
const single = EMBED_VARIANTS.filter((v) => v.script);
const pages = {
  '/plain.html': BASELINE,
  ...Object.fromEntries(single.map((v, i) => [`/embed-host-${i}.html`, embedHost(v.script)])),
};
const server = await serve(DIST, { pages });
// The same files gzip-compressed, as a clinic's web server would send them. The slow network
// makes the embed's bytes matter, and the base64 inside it compresses.
const gzipServer = await serve(DIST, {
  pages,
  headers: { 'content-encoding': 'gzip' },
  transform: (_, body) => gzipSync(body, { level: 9 }),
});
const browser = await launch();

const LOADS = { plain: '/plain.html', app: '/', embed: '/embed-host-0.html' };
const loads = Object.fromEntries(Object.keys(LOADS).map((k) => [k, []])); // { startup, tbt } or null
const taps = { app: TAPS.map(() => []), embed: TAPS.map(() => []) };
const slow = Object.fromEntries(single.flatMap((v) => [[`${v.name}, as served`, []], [`${v.name}, gzip`, []]]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name, path] of Object.entries(LOADS)) {
      const { context, page } = await phonePage(browser, diary);
      const load = await attempt(`${name} load ${run + 1}`, () => coldLoad(page, server.url + path));
      loads[name].push(load);
      if (load && name !== 'plain') {
        // Taps start once start-up has settled: SETTLE_MS after the first control, or once
        // there has been no long task for TAP_QUIET_MS, whichever is later.
        await attempt(`${name} run ${run + 1}: settle`, () => timed(settle(page, load.startup + SETTLE_MS)));
        for (const [i, step] of TAPS.entries()) {
          const result = await attempt(`${name} run ${run + 1}: ${step.name}`, () => timed(tap(page, step)));
          taps[name][i].push(result);
          // A tap that did not finish leaves the page somewhere unknown: stop this page's taps.
          if (!result) break;
        }
      }
      await context.close();
    }
    // The slow-network loads are interleaved too, once per run and variant.
    for (const variant of single) {
      const i = EMBED_VARIANTS.indexOf(variant);
      for (const [label, base] of [['as served', server.url], ['gzip', gzipServer.url]]) {
        const { context, page } = await phonePage(browser, diary, { network: SLOW_NETWORK });
        const load = await attempt(`slow ${variant.name} ${label}`, async () => {
          await page.goto(`${base}/embed-host-${i}.html`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
          return timed(page.evaluate(WAIT_INTERACTIVE));
        });
        slow[`${variant.name}, ${label}`].push(load);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  await gzipServer.close();
}

const of = (name, key) => loads[name].map((l) => l?.[key]);
console.log(
  `phone profile: ${CPU_RATE}x CPU throttling, ${CONTEXT.viewport.width}x${CONTEXT.viewport.height} ` +
    `at DPR ${CONTEXT.deviceScaleFactor} (mobile, touch), ${ENTRIES} nights stored ` +
    `(${(diary.length / 1024).toFixed(0)} KB), ${RUNS} cold loads of each page, interleaved, ` +
    `headless Chromium, ${DIST} on 127.0.0.1`,
);
console.log();
console.log('start-up: navigation start to the first checker control focusable');
console.log('| page | median ms | min ms | max ms | runs |');
console.log('|---|---:|---:|---:|---:|');
for (const name of Object.keys(LOADS)) console.log(`| ${name} | ${cells(of(name, 'startup'))} |`);
// Ratios are taken per run (each widget load against the plain load of the same run), so a
// slow moment on the machine weighs on both sides of a ratio.
const ratios = (name) =>
  loads[name].map((l, run) => (l && loads.plain[run] ? l.startup / loads.plain[run].startup : null));
const times = (v) => `${v.toFixed(2)}x`;
for (const name of ['app', 'embed']) console.log(`| ${name} / plain | ${cells(ratios(name), RUNS, times)} |`);
// The ratio of the medians too, the figure bench-startup.mjs prints.
const medianOf = (name) => median(of(name, 'startup').filter((v) => typeof v === 'number'));
const ratioOfMedians = (name) => {
  const ratio = medianOf(name) / medianOf('plain');
  return Number.isFinite(ratio) ? times(ratio) : 'timed out';
};
console.log(`ratio of the medians: app / plain ${ratioOfMedians('app')}, embed / plain ${ratioOfMedians('embed')}`);
console.log();
console.log(
  `total blocking time during start-up: sum of (duration - 50 ms) over long tasks, from ` +
    `navigation until ${QUIET_MS} ms without one, at most ${TBT_WINDOW_MS} ms after the first control`,
);
console.log('| page | median ms | min ms | max ms | runs |');
console.log('|---|---:|---:|---:|---:|');
for (const name of Object.keys(LOADS)) console.log(`| ${name} | ${cells(of(name, 'tbt'))} |`);
console.log();
console.log(
  'tap latency (Event Timing, longest entry of the interaction, as INP; "<16" = no entry at ' +
    'or over the 16 ms threshold): entries = event entries per tap (median), ' +
    'interactions = interactions the browser counted per tap (should be 1)',
);
console.log('| tap | page | median ms | min ms | max ms | runs | below 16 ms | entries | interactions |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [i, step] of TAPS.entries()) {
  for (const name of ['app', 'embed']) {
    const results = taps[name][i];
    const done = results.filter(Boolean);
    const latencies = done.filter((r) => r.latency !== null).map((r) => r.latency);
    const below = done.length - latencies.length;
    const missing = RUNS - done.length;
    const runsCell = missing ? `${done.length} of ${RUNS} (${missing} timed out)` : String(RUNS);
    let figures;
    if (!done.length) figures = 'timed out | timed out | timed out';
    else if (!latencies.length) figures = '<16 | <16 | <16';
    else {
      // Taps under the threshold count as 0 for the median: they are the fastest ones.
      const all = [...latencies, ...Array(below).fill(0)];
      const show = (v) => (v < 16 ? '<16' : ms(v));
      figures = `${show(median(all))} | ${show(Math.min(...all))} | ${ms(Math.max(...latencies))}`;
    }
    const entries = done.length ? median(done.map((r) => r.entries)) : '–';
    const counted = done.length ? [...new Set(done.map((r) => r.interactions))].sort().join(', ') : '–';
    console.log(`| ${step.name} | ${name} | ${figures} | ${runsCell} | ${below} | ${entries} | ${counted} |`);
  }
}
console.log();
const link = SLOW_NETWORK;
console.log(
  `embed on a slow network (${(link.downloadThroughput * 8) / 1e6} Mbps down, ` +
    `${(link.uploadThroughput * 8) / 1e3} kbps up, ${link.latency} ms latency, with the ` +
    `${CPU_RATE}x CPU throttling): navigation start to the first checker control focusable`,
);
console.log('| embed | median ms | min ms | max ms | runs |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, values] of Object.entries(slow)) console.log(`| ${label} | ${cells(values)} |`);
for (const variant of EMBED_VARIANTS.filter((v) => !v.script)) console.log(`${variant.name}: not built`);
console.log();
console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
