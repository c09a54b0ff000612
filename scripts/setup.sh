#!/usr/bin/env bash
# Installs everything `make serve` and `make test` need, and skips what is already there.
#
# Why each step exists is recorded in docs/toolchain.md: some machines cannot
# download the wasm32 target from rustup, so the script falls back to Debian's rustc-web and
# builds the wasm32 standard library once. Every step checks before it acts, so a warm machine
# gets through in seconds. A step that cannot run says what is missing and exits non-zero.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
STATE="$ROOT/.setup"
mkdir -p "$STATE"

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
WASM_TARGET=wasm32-unknown-unknown
OFFLINE_TOOLCHAIN=wasm-offline
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/cramp-widget"
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }
fail() {
  printf '\nsetup FAILED: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '  %s\n' "$line" >&2; done
  exit 1
}

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed." "$2"
}

need_cmd cargo "Install Rust with rustup: https://rustup.rs"
need_cmd rustup "Install Rust with rustup: https://rustup.rs"
need_cmd npm "Install Node.js 20 or newer with npm (apt-get install nodejs npm)."
need_cmd git "Install git (apt-get install git)."

# ---------------------------------------------------------------- apt packages
apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      fail "Debian packages missing and no root to install them: ${missing[*]}" \
        "Run as root:  apt-get update && apt-get install -y ${missing[*]}"
    fi
  fi
  step "apt-get install ${missing[*]}"
  if [ $apt_updated -eq 0 ]; then
    $sudo apt-get update -q || fail "apt-get update failed (no network?)." \
      "Install by hand: apt-get install -y ${missing[*]}"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    fail "apt-get install failed." "Install by hand: apt-get install -y ${missing[*]}"
}

step "browser (Debian chromium and chromium-driver) and fonts with Devanagari for Hindi"
# The widget uses the system's fonts; without a Devanagari font, screenshots and the end-to-end
# tests' layout checks would see Hindi as boxes.
apt_install chromium chromium-driver fonts-noto-core xz-utils
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after install." "apt-get install -y chromium"

# ------------------------------------------------------------- wasm32 toolchain
has_wasm_std() { # $1: toolchain name ("" = the default)
  local sysroot
  sysroot=$(RUSTUP_TOOLCHAIN="$1" rustc --print sysroot 2>/dev/null) || return 1
  compgen -G "$sysroot/lib/rustlib/$WASM_TARGET/lib/libstd-*.rlib" >/dev/null
}

offline_toolchain_ready() {
  rustup toolchain list | grep -q "^$OFFLINE_TOOLCHAIN" || return 1
  local sysroot stamp
  sysroot=$(RUSTUP_TOOLCHAIN=$OFFLINE_TOOLCHAIN rustc --print sysroot) || return 1
  stamp="$sysroot/lib/rustlib/$WASM_TARGET/lib/.cramp-widget-stamp"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(RUSTUP_TOOLCHAIN=$OFFLINE_TOOLCHAIN rustc --version)" ] &&
    [ -x "$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld" ]
}

build_offline_toolchain() {
  step "wasm32 fallback: Debian rustc-web with a locally built standard library"
  apt_install rustc-web cargo-web rust-web-src lld-22 rust-web-clippy rustfmt-web
  rustup toolchain list | grep -q "^$OFFLINE_TOOLCHAIN" || rustup toolchain link "$OFFLINE_TOOLCHAIN" /usr
  local sysroot
  sysroot=$(RUSTUP_TOOLCHAIN=$OFFLINE_TOOLCHAIN rustc --print sysroot)
  local lld_dir="$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin"
  if [ ! -x "$lld_dir/rust-lld" ]; then
    mkdir -p "$lld_dir"
    ln -sf /usr/lib/llvm-22/bin/lld "$lld_dir/rust-lld"
  fi
  local libdir="$sysroot/lib/rustlib/$WASM_TARGET/lib"
  local version
  version=$(RUSTUP_TOOLCHAIN=$OFFLINE_TOOLCHAIN rustc --version)
  if [ -f "$libdir/.cramp-widget-stamp" ] && [ "$(cat "$libdir/.cramp-widget-stamp")" = "$version" ]; then
    return 0
  fi
  step "building the wasm32 standard library for $version (about 2 minutes)"
  local work="$CACHE/std-build"
  rm -rf "$work"
  mkdir -p "$work/src"
  printf '[package]\nname = "std-seed"\nversion = "0.0.0"\nedition = "2021"\n\n[lib]\npath = "src/lib.rs"\n\n[profile.release]\npanic = "abort"\n' >"$work/Cargo.toml"
  : >"$work/src/lib.rs"
  (cd "$work" && RUSTUP_TOOLCHAIN=$OFFLINE_TOOLCHAIN RUSTFLAGS=-Cembed-bitcode=yes RUSTC_BOOTSTRAP=1 \
    cargo build --release --target $WASM_TARGET \
    -Zbuild-std=std,panic_abort,panic_unwind,test,proc_macro) ||
    fail "building the wasm32 standard library failed." "See the cargo output above."
  mkdir -p "$libdir"
  rm -f "$libdir"/*.rlib
  find "$work/target/$WASM_TARGET/release/deps" -name '*.rlib' ! -name 'libstd_seed-*' -exec cp {} "$libdir/" \;
  echo "$version" >"$libdir/.cramp-widget-stamp"
  # Artifacts built against the old sysroot fail with "can't find crate"; drop them.
  rm -rf "$ROOT/target/$WASM_TARGET"
}

step "wasm32 toolchain"
# CRAMP_WASM_FALLBACK=1 forces the Debian path, to test it on a machine where rustup works.
if [ "${CRAMP_WASM_FALLBACK:-0}" = 1 ]; then
  build_offline_toolchain
  WASM_TOOLCHAIN=$OFFLINE_TOOLCHAIN
elif has_wasm_std ""; then
  WASM_TOOLCHAIN=$(rustup show active-toolchain | cut -d' ' -f1)
  echo "the default toolchain already has $WASM_TARGET"
elif offline_toolchain_ready; then
  WASM_TOOLCHAIN=$OFFLINE_TOOLCHAIN
  echo "using the ready fallback toolchain '$OFFLINE_TOOLCHAIN'"
elif timeout 30 rustup target add $WASM_TARGET >/dev/null 2>&1 && has_wasm_std ""; then
  WASM_TOOLCHAIN=$(rustup show active-toolchain | cut -d' ' -f1)
  echo "rustup added $WASM_TARGET"
else
  echo "rustup could not add $WASM_TARGET within 30 s; using the Debian fallback"
  build_offline_toolchain
  WASM_TOOLCHAIN=$OFFLINE_TOOLCHAIN
fi
RUSTUP_TOOLCHAIN=$WASM_TOOLCHAIN cargo clippy --version >/dev/null 2>&1 ||
  fail "clippy is missing for toolchain $WASM_TOOLCHAIN." "rustup component add clippy, or apt-get install rust-web-clippy"
RUSTUP_TOOLCHAIN=$WASM_TOOLCHAIN cargo fmt --version >/dev/null 2>&1 ||
  fail "rustfmt is missing for toolchain $WASM_TOOLCHAIN." "rustup component add rustfmt, or apt-get install rustfmt-web"
echo "$WASM_TOOLCHAIN" >"$STATE/wasm-toolchain"

# Release builds rebuild the standard library from source for size (scripts/env.sh, `release`).
# Debian's fallback brings it as rust-web-src; a rustup toolchain needs rust-src.
step "Rust standard library source (for the size-optimised release build)"
std_src="$(RUSTUP_TOOLCHAIN=$WASM_TOOLCHAIN rustc --print sysroot)/lib/rustlib/src/rust/library/std"
if [ -d "$std_src" ]; then
  echo "present"
elif timeout 120 rustup component add rust-src --toolchain "$WASM_TOOLCHAIN" >/dev/null 2>&1 && [ -d "$std_src" ]; then
  echo "rustup added rust-src"
else
  echo "warning: no standard library source for $WASM_TOOLCHAIN; release builds will use the"
  echo "prebuilt one and the widget will be about 18 KB larger (gzip), which puts the embed over"
  echo "its 200 KB cap and fails the size test. Fix: rustup component add rust-src"
fi

# --------------------------------------------------------------- cargo tools
cargo_tool() { # binary, crate, version, install flags...
  local bin=$1 crate=$2 version=$3
  shift 3
  if command -v "$bin" >/dev/null 2>&1 && "$bin" --version 2>/dev/null | grep -q " $version\b"; then
    echo "$bin $version present"
    return 0
  fi
  step "cargo install $crate $version (several minutes)"
  cargo install "$crate" --version "$version" "$@" ||
    fail "cargo install $crate $version failed." "Run by hand: cargo install $crate --version $version $*"
}
step "host tools"
# wasm-bindgen-cli's own lock file pins a webpki-roots the registry does not serve: no --locked.
cargo_tool wasm-bindgen wasm-bindgen-cli $WASM_BINDGEN_VERSION
cargo_tool trunk trunk $TRUNK_VERSION --locked --no-default-features --features rustls
cargo_tool wasm-pack wasm-pack $WASM_PACK_VERSION --locked

# ---------------------------------------------------------------- npm tools
step "npm packages (wasm-opt from binaryen, playwright-core, axe-core, terser, vite)"
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json "$STATE/package-lock.installed"; then
  npm ci --no-audit --no-fund || fail "npm ci failed." "Run by hand: npm ci"
  cp package-lock.json "$STATE/package-lock.installed"
else
  echo "node_modules up to date"
fi
"$ROOT/node_modules/.bin/wasm-opt" --version | grep -q '132' ||
  fail "node_modules/.bin/wasm-opt is not binaryen 132." "Run: npm ci"

# ------------------------------------------------------------- crate sources
step "crate sources (cargo fetch, so trunk can build offline)"
cargo fetch -q || fail "cargo fetch failed (no network?)." "Run by hand: cargo fetch"
# The release build also compiles the standard library's own crates (moto-rt, hashbrown, ...),
# offline too, so they must be in cargo's cache as well: scripts/env.sh, fetch_std_crates.
source "$ROOT/scripts/env.sh"
if manifest=$(std_manifest); then
  step "standard library crates (cargo fetch of $manifest)"
  fetch_std_crates -q || fail "fetching the standard library's crates failed (no network?)." \
    "Run by hand: RUSTC_BOOTSTRAP=1 RUSTUP_TOOLCHAIN=$WASM_TOOLCHAIN cargo fetch --locked --manifest-path $manifest"
  fetch_std_crates --offline -q ||
    fail "the standard library's crates are still not all in cargo's cache after fetching them." \
      "Check CARGO_HOME (${CARGO_HOME:-$HOME/.cargo}) and run the fetch above by hand."
  echo "every crate of the standard library's workspace is in cargo's cache"
fi

echo
echo "setup complete: wasm toolchain '$WASM_TOOLCHAIN'"
