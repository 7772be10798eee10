#!/usr/bin/env bash
# Installs whatever is missing, builds the UI and runs Yunting (release build, UI embedded).
# Arguments pass through to the app, e.g.:  bash scripts/run.sh --db /path/to/yunting.db
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"

echo "[run] building the UI"
npm --prefix ui run build

if [ "$(uname -s)" = Linux ]; then
  # Known blank-window problem of WebKitGTK with some GPU drivers (the app also sets this).
  export WEBKIT_DISABLE_DMABUF_RENDERER="${WEBKIT_DISABLE_DMABUF_RENDERER:-1}"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "[run] warning: neither DISPLAY nor WAYLAND_DISPLAY is set; the window needs a desktop session" >&2
  fi
fi

echo "[run] building and starting the app (release; the first build takes several minutes)"
exec cargo run --release -p yunting-app --features tauri/custom-protocol -- "$@"
