// What each language adds to the single-file embed: the embed built with every language, then
// without Hindi, then without Spanish and Hindi (cargo features size-without-*; English stands
// in for a language left out, so the linker drops its texts). Prints gzip sizes; a benchmark,
// never a test. Run after `node scripts/build-embed.mjs` (make bench does).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sizes } from './size-report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const KB = 1024;
const gzip = (dir) => sizes(readFileSync(join(ROOT, 'dist', dir, 'cramp-widget.js'))).gzip;
function build(variants) {
  const args = variants.flatMap((v) => ['--variant', v]);
  execFileSync('node', [join(ROOT, 'scripts', 'build-embed.mjs'), ...args], { cwd: ROOT, stdio: 'ignore' });
  return `embed-${variants.join('+')}`;
}

const all = gzip('embed');
const withoutHi = gzip(build(['size-without-hi']));
const englishOnly = gzip(build(['size-without-es', 'size-without-hi']));
const kb = (bytes) => (bytes / KB).toFixed(1);
console.log('| embed | gzip KB | added by the language | target |');
console.log('|---|---:|---:|---:|');
console.log(`| English only | ${kb(englishOnly)} | | |`);
console.log(`| + Spanish | ${kb(withoutHi)} | ${kb(withoutHi - englishOnly)} | 12.0 |`);
console.log(`| + Hindi (as shipped) | ${kb(all)} | ${kb(all - withoutHi)} | 12.0 |`);
