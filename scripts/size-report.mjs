// Prints raw, gzip and brotli sizes of the release build (dist/) and, when present, the
// single-file embed. Size is deterministic, so the numbers are comparable across runs.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

export function distFiles(dir = join(ROOT, 'dist')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js')
    .map((f) => ({ name: f, ...sizes(readFileSync(join(dir, f))) }));
}

/** The minified CSS that build.rs wrote for the newest release wasm build, if any. */
function compiledCss() {
  const build = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'build');
  if (!existsSync(build)) return null;
  const candidates = readdirSync(build)
    .filter((d) => d.startsWith('cramp-widget-'))
    .map((d) => join(build, d, 'out', 'widget.css'))
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0] ?? null;
}

const kb = (n) => (n / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = distFiles();
  if (rows.length === 0) {
    console.error('dist/ is empty: run `make build` first');
    process.exit(1);
  }
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const embed = join(ROOT, 'dist', 'embed', 'cramp-widget.js');
  if (existsSync(embed)) rows.push({ name: 'embed/cramp-widget.js', ...sizes(readFileSync(embed)) });
  console.log('| file | raw KB | gzip KB | brotli KB |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **app total (wasm + JS + CSS)** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
  const css = compiledCss();
  if (css) {
    const r = sizes(readFileSync(css));
    console.log(`| of which CSS (minified, compiled into the wasm; counted there) | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  }
}
