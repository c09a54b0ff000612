// Builds the script-tag embed and the npm package:
//   pkg/                          wasm-pack output for bundlers (package.json, .js, .wasm),
//                                 with embed/package/'s README and element types
//   dist/embed/cramp-widget.js    one self-contained file: loader + LZMA decoder + no-modules
//                                 glue of the `cramp-widget-embed` binary + its inlined wasm
//                                 (wasm-opt -Oz, then LZMA)
//   dist/embed/cramp-widget-resize.js  the iframe embed's optional resize script, minified
// and prints the file's SRI hash with a ready-to-paste snippet.
//
// `--variant FEATURE` (repeatable) builds only an embed with extra cargo features, into
// dist/embed-FEATURE/ and its own target folder, so the shipped build's cache stays warm: the
// test-only pseudo-locale (`--variant pseudo-locale`) and the benchmark's builds without a
// language (`--variant size-without-hi`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifyScript, sri } from './script-tools.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const VARIANTS = process.argv.flatMap((arg, i, all) => (arg === '--variant' ? [all[i + 1]] : []));
const VARIANT = VARIANTS.join('+');
const EMBED_DIR = join(ROOT, 'dist', VARIANT ? `embed-${VARIANT}` : 'embed');
const TARGET_DIR = join(ROOT, 'target', ...(VARIANT ? [VARIANT] : []));
const NO_MODULES_DIR = join(TARGET_DIR, 'embed-no-modules');

function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

// The npm package for bundlers, from the library's cdylib.
if (!VARIANT) {
  const pkg = join(ROOT, 'pkg');
  run('wasm-pack', ['build', '--release', '--target', 'bundler', '--mode', 'no-install', '--out-dir', pkg]);
  // What wasm-pack cannot write: the package's own short README (it copies the project's), and
  // types for the element, referenced from the generated ones so `types` brings both.
  const extra = join(ROOT, 'embed', 'package');
  const ELEMENT_TYPES = 'cramp-widget-element.d.ts';
  copyFileSync(join(extra, 'README.md'), join(pkg, 'README.md'));
  copyFileSync(join(extra, ELEMENT_TYPES), join(pkg, ELEMENT_TYPES));
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  writeFileSync(join(pkg, manifest.types), `/// <reference path="./${ELEMENT_TYPES}" />\n` + readFileSync(join(pkg, manifest.types), 'utf8'));
  manifest.files.push(ELEMENT_TYPES);
  writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
}

// The embed, from the `cramp-widget-embed` binary (see src/bin/embed.rs for why a binary).
run('cargo', [
  'build', '--release', '--target', 'wasm32-unknown-unknown', '--target-dir', TARGET_DIR,
  '--features', ['embed', ...VARIANTS].join(','), '--bin', 'cramp-widget-embed',
]);
run('wasm-bindgen', [
  '--target', 'no-modules',
  '--out-name', 'cramp_widget',
  '--out-dir', NO_MODULES_DIR,
  join(TARGET_DIR, 'wasm32-unknown-unknown', 'release', 'cramp-widget-embed.wasm'),
]);
// A second -Oz pass finds a little more once the first has inlined and merged.
run('wasm-opt', ['-Oz', '-Oz', join(NO_MODULES_DIR, 'cramp_widget_bg.wasm'), '-o', join(NO_MODULES_DIR, 'cramp_widget_bg.wasm')]);

// The loader always hands the glue the wasm's bytes, so the glue's paths for a URL, a fetch
// Response, a synchronous start and its own script's address can never run; terser drops them
// once they read `if (false)`, 0.6 KB gzip that pays for the loader's fallback message. Each
// cut must match exactly once: a different wasm-bindgen fails the build here, not in a browser.
const GLUE_DEAD_PATHS = [
  ["if (typeof document !== 'undefined' && document.currentScript !== null) {", 'if (false) {'],
  ["if (typeof Response === 'function' && module instanceof Response) {", 'if (false) {'],
  ['return Object.assign(__wbg_init, { initSync }, exports);', 'return Object.assign(__wbg_init, exports);'],
  ['if (Object.getPrototypeOf(module_or_path) === Object.prototype) {', 'if (true) {'],
  ['if (module_or_path === undefined && script_src !== undefined) {', 'if (false) {'],
  [
    "if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {",
    'if (false) {',
  ],
];
let glue = readFileSync(join(NO_MODULES_DIR, 'cramp_widget.js'), 'utf8');
for (const [dead, cut] of GLUE_DEAD_PATHS) {
  if (glue.split(dead).length !== 2) throw new Error(`wasm-bindgen's glue changed: expected once: ${dead}`);
  glue = glue.replace(dead, cut);
}
const wasm = readFileSync(join(NO_MODULES_DIR, 'cramp_widget_bg.wasm'));
const loader = readFileSync(join(ROOT, 'embed', 'loader.js'), 'utf8');
const version = JSON.parse(readFileSync(join(ROOT, 'pkg', 'package.json'), 'utf8')).version;

// LZMA (xz's "lzma alone" format) packs this wasm about 20% smaller than the best gzip
// (zopfli), even after base64 and the server's own gzip; embed/lzma-decode.js unpacks it.
// xz streams, so its header says "size unknown": the true size goes in, so the decoder
// allocates once and stops there.
const lzma = execFileSync('xz', ['--format=lzma', '-9e', '--stdout'], { input: wasm, maxBuffer: 1 << 26 });
lzma.writeUInt32LE(wasm.length, 5);
lzma.writeUInt32LE(0, 9);

// Minified before the base64 goes in, so terser never has to read 250 KB of string.
const script = await minifyScript(
  loader
    .replace('/* LZMA_DECODE_JS */', () => readFileSync(join(ROOT, 'embed', 'lzma-decode.js'), 'utf8'))
    .replace('/* WASM_BINDGEN_JS */', () => glue),
);
const bundle =
  `/*! cramp-widget ${version} | runs entirely in the browser; sends nothing anywhere */\n` +
  script.replace('/* WASM_LZMA_BASE64 */', () => lzma.toString('base64'));

mkdirSync(EMBED_DIR, { recursive: true });
const file = join(EMBED_DIR, 'cramp-widget.js');
writeFileSync(file, bundle);
const integrity = sri(bundle);
writeFileSync(join(EMBED_DIR, 'cramp-widget.js.sri'), integrity + '\n');

console.log(`\nembed: ${file} (${(bundle.length / 1024).toFixed(1)} KB)`);
if (VARIANT) process.exit(0);

// The iframe embed's optional resize script, which a clinic hosts beside its page.
const resize = await minifyScript(readFileSync(join(ROOT, 'embed', 'frame-resize.js'), 'utf8'));
writeFileSync(join(EMBED_DIR, 'cramp-widget-resize.js'), resize + '\n');
console.log(`integrity: ${integrity}\n`);
console.log('Paste this where the widget should appear (host cramp-widget.js on your site):\n');
console.log(
  `<script src="https://YOUR-SITE/cramp-widget.js" integrity="${integrity}" crossorigin="anonymous" async></script>\n` +
    `<cramp-widget clinic-name="Your clinic" clinic-phone="+441234567890" emergency-number="999"></cramp-widget>`,
);
