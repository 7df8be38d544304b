#!/usr/bin/env bash
# Builds the npm package (pkg/, wasm-opt -Oz from npm's binaryen) and copies it into www/pkg/,
# where the demo page imports ./pkg/whosaid.js. Expects the PATH that scripts/setup.sh exports.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

# no-install: on a tool version mismatch fail at once instead of a hidden multi-minute cargo install.
wasm-pack build --target web --mode no-install --release
rm -rf www/pkg
cp -r pkg www/pkg
