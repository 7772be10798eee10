#!/usr/bin/env bash
# Installs whatever Yunting needs that is missing on a Debian 12 / Ubuntu 22.04+ machine.
# Idempotent: when everything is present it only checks, in about a second.
#
#   bash scripts/deps.sh          # to build and run the app
#   bash scripts/deps.sh --test   # also what the test suite needs (Xvfb, WebDriver, CJK font)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    -h | --help)
      sed -n '2,6p' "$0"
      exit 0
      ;;
    *)
      echo "deps.sh: unknown argument: $arg" >&2
      exit 2
      ;;
  esac
done

say() { printf '[deps] %s\n' "$*"; }
die() {
  printf '\n[deps] ERROR: %s\n\n' "$*" >&2
  exit 1
}

# rustup installs cargo here; a fresh shell may not have it on PATH yet.
if [ -d "$HOME/.cargo/bin" ]; then
  case ":$PATH:" in
    *":$HOME/.cargo/bin:"*) ;;
    *) export PATH="$HOME/.cargo/bin:$PATH" ;;
  esac
fi

# ---------------------------------------------------------------- system packages
# fonts-noto-cjk: the Chinese faces official documents are typeset with on Linux.
apt_pkgs=(libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  build-essential pkg-config libssl-dev curl file fonts-noto-cjk)
if [ "$want_test" = 1 ]; then
  # poppler-utils: pdftotext and pdftoppm check the generated PDFs.
  apt_pkgs+=(xvfb xauth webkit2gtk-driver dbus-x11 poppler-utils)
fi

if [ "$(uname -s)" = Linux ]; then
  missing=()
  for p in "${apt_pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    command -v apt-get >/dev/null 2>&1 ||
      die "missing system packages (${missing[*]}) and no apt-get here; install them with your package manager."
    if [ "$(id -u)" -eq 0 ]; then
      SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
      SUDO=(sudo)
    else
      die "missing system packages (${missing[*]}); run as root or install sudo."
    fi
    say "installing system packages: ${missing[*]}"
    "${SUDO[@]}" apt-get update
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
fi

# ---------------------------------------------------------------- Node.js (Vite 8 needs ^20.19 or >=22.12)
node_help="Install a current Node.js LTS (Debian's own 'nodejs' package is too old for Vite 8), e.g.:
    curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && sudo apt-get install -y nodejs
  or with nvm (https://github.com/nvm-sh/nvm):  nvm install 22
  then run this command again."
command -v node >/dev/null 2>&1 || die "Node.js is not installed (need 20.19+ or 22.12+).
  $node_help"
node_ver="$(node --version 2>/dev/null | sed 's/^v//')"
IFS=. read -r node_major node_minor _ <<<"$node_ver"
node_ok=0
if [ "${node_major:-0}" -ge 23 ] 2>/dev/null; then
  node_ok=1
elif [ "${node_major:-0}" -eq 22 ] && [ "${node_minor:-0}" -ge 12 ]; then
  node_ok=1
elif [ "${node_major:-0}" -eq 20 ] && [ "${node_minor:-0}" -ge 19 ]; then
  node_ok=1
fi
[ "$node_ok" = 1 ] || die "Node.js $node_ver is not supported by Vite 8 (need 20.19+ or 22.12+).
  $node_help"
command -v npm >/dev/null 2>&1 || die "npm is missing (it ships with Node.js).
  $node_help"

# ---------------------------------------------------------------- npm packages of the UI
if [ -f ui/package.json ]; then
  stamp=ui/node_modules/.package-lock.json # written by npm on every install
  [ -f "$stamp" ] || stamp=ui/node_modules
  if [ ! -d ui/node_modules ] || { [ -f ui/package-lock.json ] && [ ui/package-lock.json -nt "$stamp" ]; }; then
    if [ -f ui/package-lock.json ]; then
      say "installing UI packages (npm ci)"
      npm --prefix ui ci --no-audit --no-fund
    else
      say "ui/package-lock.json is missing; running npm install instead of npm ci"
      npm --prefix ui install --no-audit --no-fund
    fi
  fi
else
  say "warning: ui/package.json not found; skipping npm packages"
fi

# ---------------------------------------------------------------- Rust
command -v cargo >/dev/null 2>&1 || die "Rust (cargo) is not installed. Install it with rustup:
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
    . \"\$HOME/.cargo/env\"
  then run this command again."

if [ "$want_test" = 1 ]; then
  # rustfmt and clippy are rustup components; a minimal profile lacks them.
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    command -v rustup >/dev/null 2>&1 ||
      die "cargo fmt / cargo clippy are missing and rustup is not available to add them."
    say "adding rustup components rustfmt and clippy"
    rustup component add rustfmt clippy
  fi

  # tauri-driver bridges WebDriver clients to WebKitWebDriver (from webkit2gtk-driver).
  if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    say "installing tauri-driver (cargo install, about a minute)"
    cargo install tauri-driver --locked --version '^2'
  fi
  if [ "$(uname -s)" = Linux ] && ! command -v WebKitWebDriver >/dev/null 2>&1; then
    die "WebKitWebDriver not found on PATH (Debian/Ubuntu package webkit2gtk-driver)."
  fi
fi

say "all dependencies present"
