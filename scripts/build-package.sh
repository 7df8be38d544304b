#!/usr/bin/env bash
# Builds the npm package (pkg/, wasm-opt from npm's binaryen with the flags in Cargo.toml) and copies it into www/pkg/,
# where the demo page imports ./pkg/whosaid.js. Runs the set-up first (a no-op when all is there),
# which also puts npm's wasm-opt first on PATH.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo_root"

# no-install: on a tool version mismatch fail at once instead of a hidden multi-minute cargo install.
wasm-pack build --target web --mode no-install --release
# The hand-written page entry (loads off the critical path; a clear error when a page's policy
# blocks the wasm) goes beside the generated loader it wraps, and into the package's files.
cp src/widget/embed.js src/widget/embed.d.ts pkg/
node -e 'const fs = require("fs"); const p = JSON.parse(fs.readFileSync("pkg/package.json"));
  p.files.push("embed.js", "embed.d.ts"); fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");'
rm -rf www/pkg
cp -r pkg www/pkg
