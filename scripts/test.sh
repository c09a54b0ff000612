#!/usr/bin/env bash
# Runs every test tier in order, stopping at the first failure:
#   lint  - cargo fmt --check, clippy -D warnings on the host and on wasm32
#   host  - cargo test on the host (pure logic): one test crate, tests/host/main.rs
#   wasm  - wasm-bindgen-test in headless Chromium (components, storage): tests/wasm/main.rs
#   build - the release build of the standalone app (trunk, wasm-opt -Oz, std rebuilt for
#           size: see `release` in scripts/env.sh) into dist/, and
#           the script-tag embed (dist/embed/cramp-widget.js) plus the npm package (pkg/)
#   e2e   - node --test tests/e2e/ with Playwright driving /usr/bin/chromium
# With arguments, runs only the named stages.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

stage_lint() {
  cargo fmt --check
  cargo clippy --all-targets -q -- -D warnings
  wasm cargo clippy --target wasm32-unknown-unknown --features standalone,embed --lib --bins --test wasm -q -- -D warnings
}
stage_host() { cargo test; }
stage_wasm() { wasm cargo test --target wasm32-unknown-unknown --test wasm; }
stage_build() {
  release trunk build --release
  release node scripts/build-embed.mjs
  # The test-only pseudo-locale embed, for the end-to-end test that no text bypasses Texts.
  release node scripts/build-embed.mjs --variant pseudo-locale
}
stage_e2e() { node --test --test-concurrency=1 tests/e2e/; }

stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(lint host wasm build e2e)
for stage in "${stages[@]}"; do
  printf '\n==== test stage: %s\n' "$stage"
  started=$SECONDS
  "stage_$stage"
  printf '==== test stage %s took %d s\n' "$stage" $((SECONDS - started))
done
printf '\nall test stages passed: %s\n' "${stages[*]}"
