// What the two build scripts that ship JavaScript share, so the app's glue (post-build.mjs)
// and the embed (build-embed.mjs) are minified and hashed the same way.
import { createHash } from 'node:crypto';
import { minify } from 'terser';

/** The Subresource Integrity value of a file's bytes, as `integrity="…"` wants it. */
export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/** Minified JavaScript with no comments; `module` for ES modules, whose exports must stay. */
export async function minifyScript(code, { module = false } = {}) {
  const result = await minify(code, { module, compress: { passes: 2 }, format: { comments: false } });
  return result.code;
}
