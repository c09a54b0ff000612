// The embed's LZMA decoder (embed/lzma-decode.js) against xz, the encoder the build uses: the
// shipped wasm and inputs that exercise every kind of match round-trip exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, DIST } from './support.mjs';

const lzmaDecode = new Function(
  `${readFileSync(join(ROOT, 'embed', 'lzma-decode.js'), 'utf8')}; return lzmaDecode;`,
)();

/** Packs as scripts/build-embed.mjs does: xz's lzma format, with the true size in the header. */
function pack(bytes, level = '-9e') {
  const packed = execFileSync('xz', ['--format=lzma', level, '--stdout'], { input: bytes, maxBuffer: 1 << 26 });
  packed.writeUInt32LE(bytes.length, 5);
  packed.writeUInt32LE(0, 9);
  return new Uint8Array(packed);
}

function roundTrip(bytes, what, level) {
  const out = lzmaDecode(pack(bytes, level));
  assert.equal(out.length, bytes.length, what);
  assert.ok(Buffer.from(out).equals(Buffer.from(bytes)), `${what}: the bytes differ`);
}

test('the shipped wasm round-trips', () => {
  const wasm = readdirSync(join(ROOT, DIST)).find((f) => f.endsWith('.wasm'));
  assert.ok(wasm && existsSync(join(ROOT, DIST, wasm)), 'run the release build first');
  roundTrip(readFileSync(join(ROOT, DIST, wasm)), wasm);
});

test('empty, one byte, random, repeated and text inputs round-trip at every level', () => {
  const text = Buffer.from('Straighten your leg. Pull your toes up towards your knee. '.repeat(300));
  const mixed = Buffer.concat([randomBytes(5000), text, randomBytes(300), text.subarray(0, 999), Buffer.alloc(70000, 7)]);
  for (const level of ['-0', '-6', '-9e']) {
    roundTrip(Buffer.alloc(0), 'empty', level);
    roundTrip(Buffer.from([42]), 'one byte', level);
    roundTrip(randomBytes(100000), 'random', level);
    roundTrip(Buffer.alloc(200000, 0), 'one byte repeated', level);
    roundTrip(text, 'text', level);
    roundTrip(mixed, 'mixed', level);
  }
});
