#!/usr/bin/env bash
# Installs what the end-to-end tests need to drive a REAL VS Code workbench without a
# desktop VS Code download (this kind of machine reaches only npm and Debian):
#   - code-server (VS Code's workbench + Node extension host, from npm) into .e2e/code-server
#   - playwright-core (driver only, never a browser download) into .e2e/driver
#   - Debian packages: chromium, ripgrep, libkrb5-dev, fonts-noto-mono
# Idempotent: each step checks its result first, so a second run takes well under a second.
# The code-server install (about 300 MB, ~45 s) is kept in a cache keyed by version
# (SOATTIN_E2E_CACHE, else /var/cache/soattin-e2e if writable, else ~/.cache/soattin-e2e)
# and symlinked into the clone, so a fresh CI clone on the same machine starts fast.
#
# Usage: scripts/e2e-setup.sh [E2E_DIR]      (default: <repo>/.e2e)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$(realpath -m "${1:-$ROOT/.e2e}")
# code-server 4.100.3 (VS Code 1.100.3) is the last release whose engines.node accepts Node 20.
CS_VERSION=4.100.3
# Versions read from code-server 4.100.3: @vscode/ripgrep in lib/vscode/npm-shrinkwrap.json,
# and the rg release tag in @vscode/ripgrep/lib/postinstall.js. Its postinstall looks for
# this tarball in $TMPDIR before it tries GitHub, which is unreachable here.
RG_PKG_VERSION=1.15.11
RG_TAG=v13.0.0-10
PLAYWRIGHT_VERSION=1.65.1
APT_PACKAGES=(chromium libkrb5-dev ripgrep fonts-noto-mono)

log() { echo "e2e-setup: $*"; }
die() { echo "e2e-setup: error: $*" >&2; exit 1; }

mkdir -p "$DIR"

# --- 1. Debian packages -------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "missing Debian packages (${missing[*]}); install them as root: apt-get install ${missing[*]}"
    SUDO="sudo"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium not found after installing the chromium package"

# --- 2. code-server -----------------------------------------------------------------
cs_ok() { # $1 = install dir; true when a complete install of CS_VERSION is there
  [ -f "$1/.soattin-installed" ] && [ "$(cat "$1/.soattin-installed")" = "$CS_VERSION" ] &&
    [ -x "$1/node_modules/.bin/code-server" ]
}

install_code_server() { # $1 = target dir (created fresh)
  local target=$1 tmp
  tmp=$(mktemp -d "$DIR/tmp-install-XXXX")
  # Seed @vscode/ripgrep's download cache with Debian's rg.
  mkdir -p "$tmp/rg" "$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  cp /usr/bin/rg "$tmp/rg/rg"
  tar czf "$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/rg" rg
  rm -rf "$target"; mkdir -p "$target"
  echo '{"name":"soattin-e2e-code-server","private":true}' >"$target/package.json"
  log "installing code-server@$CS_VERSION into $target (about a minute)"
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp` and a user npmrc may say yes=false.
  # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
  (cd "$target" && TMPDIR="$tmp" npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >"$tmp/npm.log" 2>&1) ||
    { tail -n 40 "$tmp/npm.log" >&2; rm -rf "$tmp"; die "npm install code-server@$CS_VERSION failed (log above)"; }
  echo "$CS_VERSION" >"$target/.soattin-installed"
  rm -rf "$tmp"
}

pick_cache() {
  if [ -n "${SOATTIN_E2E_CACHE:-}" ]; then echo "$SOATTIN_E2E_CACHE"; return; fi
  if mkdir -p /var/cache/soattin-e2e 2>/dev/null && [ -w /var/cache/soattin-e2e ]; then
    echo /var/cache/soattin-e2e
  else
    echo "${XDG_CACHE_HOME:-$HOME/.cache}/soattin-e2e"
  fi
}

CS_DIR="$DIR/code-server"
if cs_ok "$CS_DIR"; then
  log "code-server $CS_VERSION already installed"
else
  CACHE=$(pick_cache)
  CACHED="$CACHE/code-server-$CS_VERSION"
  if [ "${SOATTIN_E2E_NO_CACHE:-}" = 1 ] || ! mkdir -p "$CACHE" 2>/dev/null || [ ! -w "$CACHE" ]; then
    install_code_server "$CS_DIR"
  else
    if ! cs_ok "$CACHED"; then
      # Install beside the final place and rename, so a half-finished install is never used.
      staging="$CACHE/.staging-$$"
      install_code_server "$staging"
      rm -rf "$CACHED"; mv "$staging" "$CACHED"
    else
      log "code-server $CS_VERSION found in cache $CACHED"
    fi
    rm -rf "$CS_DIR"; ln -s "$CACHED" "$CS_DIR"
  fi
  cs_ok "$CS_DIR" || die "code-server install in $CS_DIR is incomplete"
fi

# --- 3. browser driver ----------------------------------------------------------------
DRIVER="$DIR/driver"
if [ "$(node -p "try{require('$DRIVER/node_modules/playwright-core/package.json').version}catch{''}" 2>/dev/null)" = "$PLAYWRIGHT_VERSION" ]; then
  log "playwright-core $PLAYWRIGHT_VERSION already installed"
else
  mkdir -p "$DRIVER"
  echo '{"name":"soattin-e2e-driver","private":true}' >"$DRIVER/package.json"
  log "installing playwright-core@$PLAYWRIGHT_VERSION"
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the driver uses Debian's /usr/bin/chromium.
  (cd "$DRIVER" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error \
    "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null) || die "npm install playwright-core failed"
fi

log "ready in $DIR"
