#!/usr/bin/env bash
# Speed and download size of whosaid beside the peer analysers in ../shared/peers (compromise,
# wink-nlp), all from one run on this machine, then whosaid's throughput from 10 KiB to 1 MiB.
# Not part of the tests: the machine is shared and timings are noisy.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
shared_dir="$repo_root/../shared"
bash scripts/build-package.sh # runs the set-up first

# shared/ is read-only, and the harness writes its bundles beside itself.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$shared_dir/peers/." "$work"
(cd "$work" && npm ci --no-audit --no-fund)

echo "== speed and memory on the sample article"
(cd "$work" && node bench.mjs --text "$shared_dir/articles/peskov-witkoff.txt" \
  "$repo_root/bench/whosaid-adapter.mjs" compromise-adapter.mjs wink-adapter.mjs)

echo "== download size: whosaid (wasm + the page entry embed.js bundled with the glue it imports, minified)"
echo "   vs compromise (library alone)"
echo "export { default } from 'compromise'" > "$work/compromise-library.mjs"
(cd "$work" && node size.mjs "file:$repo_root/pkg/whosaid_bg.wasm" "bundle:$repo_root/pkg/embed.js" \
  bundle:compromise-library.mjs)

echo "== whosaid throughput as the text grows"
node bench/sweep.mjs bench/whosaid-adapter.mjs "$shared_dir/articles" "$shared_dir/articles/gum"
