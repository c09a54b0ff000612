#!/usr/bin/env bash
# Prints the project's benchmark figures. Benchmarks are never timed tests: they report, and
# docs/benchmarks.md records the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

echo "== checker: one full assessment on the host"
cargo bench -q --bench checker
echo
echo "== diary: 3,650 entries on the host"
cargo bench -q --bench diary
echo
echo "== size of the release build"
release trunk build --release >/dev/null
release node scripts/build-embed.mjs >/dev/null
node scripts/size-report.mjs
echo
echo "== size of each language in the embed"
release node scripts/bench-size-languages.mjs
echo
echo "== startup: navigation start to the first checker control focusable"
node scripts/bench-startup.mjs
echo
echo "== diary at scale in the browser"
node scripts/bench-diary-browser.mjs
echo
echo "== diary lock: unlock and an encrypted save with 3,650 entries"
node scripts/bench-lock.mjs
echo
echo "== phone profile (4x CPU throttling, 412x915, 3,650 nights)"
node scripts/bench-phone.mjs
