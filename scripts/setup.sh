#!/usr/bin/env bash
# Installs what building, serving and testing whosaid need, and skips whatever is already there,
# so it is safe (and fast) to run before every command. Only package registries are reachable on
# our machines, so nothing here lets a tool download its own binaries (see ../shared/TOOLCHAIN.md).
#
# Run it (`bash scripts/setup.sh`) or source it from another script: sourcing also leaves PATH with
# node_modules/.bin first (wasm-opt 132 from npm, not Debian's older one) and ~/.cargo/bin.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WASM_PACK_VERSION=0.15.1

say() { printf 'setup: %s\n' "$*"; }

# The version of a crate that Cargo.lock resolved, so the CLI we install matches the linked crate.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$repo_root/Cargo.lock"
}

# Prints the version a tool reports ("wasm-pack 0.15.1" -> "0.15.1"), or nothing when it is absent.
installed_version() {
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | awk '{ print $2; exit }'
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# rustfmt and clippy come with rustup's default profile; add them where a minimal profile left them out.
ensure_rust_components() {
  local component
  for component in rustfmt clippy; do
    if rustup component list --installed | grep -q "^$component"; then continue; fi
    say "adding the $component component"
    rustup component add "$component"
  done
}

ensure_wasm_pack() {
  if [ "$(installed_version wasm-pack || true)" = "$WASM_PACK_VERSION" ]; then return; fi
  say "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
  cargo install wasm-pack --locked --force --version "$WASM_PACK_VERSION"
}

# Not --locked: wasm-bindgen-cli's own lock file pins a webpki-roots that fails to build here.
ensure_wasm_bindgen_cli() {
  local wanted
  wanted=$(locked_version wasm-bindgen)
  if [ -z "$wanted" ]; then
    echo "setup: Cargo.lock names no wasm-bindgen version" >&2
    return 1
  fi
  if [ "$(installed_version wasm-bindgen || true)" = "$wanted" ]; then return; fi
  say "installing wasm-bindgen-cli $wanted to match Cargo.lock (about 4 minutes)"
  cargo install wasm-bindgen-cli --force --version "$wanted"
}

ensure_chromium() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then return; fi
  say "installing Chromium and chromedriver from apt"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
}

# npm ci when node_modules is missing or older than the lock file it was installed from.
ensure_node_modules() {
  local installed_lock="$repo_root/node_modules/.package-lock.json"
  if [ -f "$installed_lock" ] && [ ! "$repo_root/package-lock.json" -nt "$installed_lock" ]; then return; fi
  say "installing npm dev dependencies (playwright-core, binaryen)"
  (cd "$repo_root" && npm ci --no-audit --no-fund)
}

export PATH="$repo_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
ensure_wasm_target
ensure_rust_components
ensure_wasm_pack
ensure_wasm_bindgen_cli
ensure_chromium
ensure_node_modules
