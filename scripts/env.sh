# Sourced by the Makefile's recipes: puts the pinned tools first on PATH and names the wasm32
# toolchain that scripts/setup.sh chose, so every command uses the same tools.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium
if [ -f "$ROOT/.setup/wasm-toolchain" ]; then
  WASM_TOOLCHAIN=$(cat "$ROOT/.setup/wasm-toolchain")
else
  echo "scripts/env.sh: run scripts/setup.sh first (make setup)" >&2
  return 1
fi
export WASM_TOOLCHAIN
# Runs a command with the wasm32-capable toolchain (trunk, wasm-pack and cargo all honour it).
wasm() { RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" "$@"; }

# The standard library's own workspace (`library/` under the toolchain's std source), whose
# crates a release build compiles when it rebuilds std. Empty when there is no std source.
std_manifest() {
  local manifest
  manifest="$(wasm rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  [ -f "$manifest" ] && echo "$manifest"
}

# Fetches the crates of the standard library's workspace into cargo's cache, at the versions of
# its own lock file. The release build runs offline (trunk's `offline = true` passes --offline
# to cargo), so they must be cached beforehand, like the project's crates; `cargo fetch` of the
# project alone does not bring them. Extra arguments go to cargo (`--offline` turns the fetch
# into a check that they are all there). RUSTC_BOOTSTRAP: the workspace's manifests use
# unstable cargo features.
fetch_std_crates() {
  local manifest
  manifest=$(std_manifest) || return 0
  RUSTC_BOOTSTRAP=1 wasm cargo fetch --locked --manifest-path "$manifest" "$@"
}

# Release builds of the widget: the standard library is rebuilt from source so that a panic
# aborts at once instead of formatting a message, and carries no source locations: about 18 KB
# less gzip for every visitor. `{:?}` formatting is compiled out too: the widget shows no Debug
# text, only dependencies' internal messages used it. Rebuilding std is a nightly cargo
# feature; RUSTC_BOOTSTRAP opts this one build into it on the pinned stable toolchain. Without
# the std source (see setup.sh) it falls back to the prebuilt std.
release() {
  if std_manifest >/dev/null; then
    if ! fetch_std_crates --offline -q 2>/dev/null; then
      echo "release: the standard library's crates are not in cargo's cache (${CARGO_HOME:-$HOME/.cargo})," >&2
      echo "  so the offline release build cannot rebuild std. Fix: make setup, or run" >&2
      echo "  RUSTC_BOOTSTRAP=1 RUSTUP_TOOLCHAIN=$WASM_TOOLCHAIN cargo fetch --locked --manifest-path $(std_manifest)" >&2
      return 1
    fi
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
      wasm "$@"
  else
    echo "release: no std source for $WASM_TOOLCHAIN, building with the prebuilt std (larger)" >&2
    wasm "$@"
  fi
}
