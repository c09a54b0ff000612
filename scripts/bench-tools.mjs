// What the browser benchmarks share: the ten-year diary they store before loading, the test
// for "interactive", and the median they report.

/**
 * A stored diary (schema v2) of `count` consecutive nights from 2016-01-01: every muscle and
 * side, varied minutes, pain and sleep, triggers on every fourth night and a note on every
 * twentieth, so decoding and drawing meet every kind of field.
 */
export function storedDiary(count) {
  const muscles = ['c', 'f', 't'];
  const sides = ['l', 'r', 'b'];
  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2016, 0, 1);
  const entries = [];
  for (let i = 0; i < count; i++) {
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

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Page script that resolves with ms since navigation start once a checker control (or a plain
// page's button) exists and takes focus. It finds the app's host by id and the embed's by its
// tag.
export const WAIT_INTERACTIVE = `new Promise((resolve) => {
  function control() {
    const host = document.getElementById('cramp-widget') || document.querySelector('cramp-widget');
    const root = host ? host.shadowRoot : document;
    return root && root.querySelector(host ? '#cw-panel-check input, #cw-panel-check button' : 'button');
  }
  (function poll() {
    const el = control();
    if (el) {
      el.focus();
      const focused = (el.getRootNode().activeElement || document.activeElement) === el;
      if (focused) return resolve(performance.now());
    }
    requestAnimationFrame(poll);
  })();
})`;
