#!/usr/bin/env bash
# Starts a local n8n with this package installed, next to the Freshdesk emulator, to try the node
# by hand. Ctrl+C stops both. `scripts/playground.sh --reset` starts from an empty n8n.
#
#   n8n editor:         http://localhost:5678   (n8n's default port)
#   Freshdesk emulator: http://127.0.0.1:5679   (40 sample contacts, in memory)
set -euo pipefail

cd "$(dirname "$0")/.."
REPOSITORY_ROOT="$PWD"

CACHE_ROOT="${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-freshdesk-contacts}"
PLAYGROUND="$CACHE_ROOT/playground"
NODES_DIR="$PLAYGROUND/.n8n/nodes"
N8N_PORT=5678
EMULATOR_PORT=5679
EMULATOR_API_KEY=playground-api-key
OWNER_EMAIL=playground@example.com
OWNER_PASSWORD=Playground1

log() { echo "playground: $*" >&2; }

if [[ "${1:-}" == "--reset" ]]; then
	log "removing $PLAYGROUND"
	rm -rf "$PLAYGROUND"
fi

if [[ ! -d node_modules ]]; then
	npm ci
fi

install_output="$(scripts/install-n8n.sh)"
NODE_BIN="$(sed -n 's/^NODE_BIN=//p' <<<"$install_output")"
N8N_BIN="$(sed -n 's/^N8N_BIN=//p' <<<"$install_output")"

log "building and installing the package into $NODES_DIR"
npm run build >/dev/null
pack_dir="$(mktemp -d)"
tarball="$pack_dir/$(npm pack --ignore-scripts --silent --pack-destination "$pack_dir" | tail -n 1)"
mkdir -p "$NODES_DIR"
[[ -f "$NODES_DIR/package.json" ]] ||
	echo '{ "name": "installed-nodes", "private": true }' >"$NODES_DIR/package.json"
rm -rf "$NODES_DIR/node_modules/n8n-nodes-freshdesk-contacts"
# Peers stay out as in n8n's own installer: the node must use the n8n-workflow of the running n8n.
(cd "$NODES_DIR" &&
	npm install "$tarball" --legacy-peer-deps --ignore-scripts --no-audit --no-fund >/dev/null)
rm -rf "$pack_dir"

export N8N_USER_FOLDER="$PLAYGROUND"
export N8N_ENCRYPTION_KEY=freshdesk-contacts-playground
export N8N_PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_HOST=localhost
export N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false
export N8N_TEMPLATES_ENABLED=false N8N_PERSONALIZATION_ENABLED=false
# This module downloads a server list from n8n's site at start; offline it logs stack traces.
export N8N_DISABLED_MODULES=mcp-registry
# n8n's task runner broker listens on 5679 by default, where the emulator is.
export N8N_RUNNERS_BROKER_PORT=5681
export PATH="$(dirname "$NODE_BIN"):$PATH"
n8n() { "$NODE_BIN" "$N8N_BIN" "$@"; }

if [[ ! -f "$PLAYGROUND/.imported" ]]; then
	log "importing the emulator credential and the example workflows"
	credentials_file="$(mktemp)"
	cat >"$credentials_file" <<-EOF
		[{
		  "id": "freshdeskEmulator",
		  "name": "Freshdesk (local emulator)",
		  "type": "freshdeskContactsApi",
		  "data": {
		    "pcid": "playground",
		    "domain": "http://127.0.0.1:$EMULATOR_PORT",
		    "apiKey": "$EMULATOR_API_KEY"
		  }
		}]
	EOF
	n8n import:credentials --input="$credentials_file" >/dev/null
	rm -f "$credentials_file"
	n8n import:workflow --separate --input="$REPOSITORY_ROOT/examples" >/dev/null
	touch "$PLAYGROUND/.imported"
fi

pids=()
stop_all() {
	trap - INT TERM EXIT
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	log "stopped"
}
trap stop_all INT TERM EXIT

TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register test/emulator/cli.ts \
	--port "$EMULATOR_PORT" --api-key "$EMULATOR_API_KEY" &
pids+=($!)

n8n start &
pids+=($!)

log "waiting for n8n on http://localhost:$N8N_PORT"
until curl -sf "http://localhost:$N8N_PORT/healthz" >/dev/null; do
	kill -0 "${pids[1]}" 2>/dev/null || { log "n8n stopped while starting"; exit 1; }
	sleep 1
done

# The first visit would otherwise ask for an owner account; a fixed one saves that step. The REST
# routes come up a little after /healthz; 400 means the owner exists from an earlier start.
owner="$(printf '{"email":"%s","firstName":"Play","lastName":"Ground","password":"%s"}' \
	"$OWNER_EMAIL" "$OWNER_PASSWORD")"
for _ in $(seq 60); do
	status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
		-d "$owner" "http://localhost:$N8N_PORT/rest/owner/setup" || true)"
	[[ "$status" == 200 || "$status" == 400 ]] && break
	sleep 1
done

cat <<EOF

  n8n is running with n8n-nodes-freshdesk-contacts installed.

  Open       http://localhost:$N8N_PORT
  Sign in    $OWNER_EMAIL / $OWNER_PASSWORD
  Credential "Freshdesk (local emulator)": the emulator at http://127.0.0.1:$EMULATOR_PORT,
             40 sample contacts, reset each time the playground starts
  Workflows  the three examples from examples/ (the webhook one listens on
             http://localhost:$N8N_PORT/webhook-test/freshdesk-contact while "Listen" is on)
  Stop       Ctrl+C stops n8n and the emulator

EOF

wait -n "${pids[@]}"
