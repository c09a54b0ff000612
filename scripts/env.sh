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

# Release builds of the widget: the standard library is rebuilt from source so that a panic
# aborts at once instead of formatting a message, and carries no source locations: about 18 KB
# less gzip for every visitor. `{:?}` formatting is compiled out too: the widget shows no Debug
# text, only dependencies' internal messages used it. Rebuilding std is a nightly cargo
# feature; RUSTC_BOOTSTRAP opts this one build into it on the pinned stable toolchain. Without
# the std source (see setup.sh) it falls back to the prebuilt std.
release() {
  local std_src
  std_src="$(wasm rustc --print sysroot)/lib/rustlib/src/rust/library/std"
  if [ -d "$std_src" ]; then
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
      wasm "$@"
  else
    echo "release: no std source for $WASM_TOOLCHAIN, building with the prebuilt std (larger)" >&2
    wasm "$@"
  fi
}
