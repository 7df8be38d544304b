#!/usr/bin/env bash
# Command 1: install what is missing, build the package and serve the demo page on 127.0.0.1.
# PORT picks the port (default 8080; a free one is chosen when it is taken).
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$repo_root/scripts/build-package.sh" # runs the set-up first

port=${PORT:-8080}
if ! python3 "$repo_root/scripts/free-port.py" --check "$port"; then
  port=$(python3 "$repo_root/scripts/free-port.py")
fi
echo
echo "whosaid demo: open http://127.0.0.1:$port/   (Ctrl-C stops the server)"
echo
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$repo_root/www"
