#!/usr/bin/env bash
# Runs the packed package inside a real n8n 2.41.1 against the Freshdesk emulator.
# Usage: scripts/e2e.sh [workflow-name ...]   (names from test/e2e/workflows, default: all)
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ ! -d node_modules ]]; then
	npm ci
fi

install_output="$(scripts/install-n8n.sh)"
N8N_E2E_NODE_BIN="$(sed -n 's/^NODE_BIN=//p' <<<"$install_output")"
N8N_E2E_N8N_BIN="$(sed -n 's/^N8N_BIN=//p' <<<"$install_output")"
export N8N_E2E_NODE_BIN N8N_E2E_N8N_BIN

# The runner itself needs no Node 24: it only drives n8n's command line and the emulator.
exec node -r ts-node/register test/e2e/run-e2e.ts "$@"
