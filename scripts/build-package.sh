#!/usr/bin/env bash
# Builds the npm package (pkg/, wasm-opt from npm's binaryen with the flags in Cargo.toml) and copies it into www/pkg/,
# where the demo page imports ./pkg/whosaid.js. Runs the set-up first (a no-op when all is there),
# which also puts npm's wasm-opt first on PATH.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo_root"

# no-install: on a tool version mismatch fail at once instead of a hidden multi-minute cargo install.
wasm-pack build --target web --mode no-install --release
rm -rf www/pkg
cp -r pkg www/pkg
