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
