#!/usr/bin/env bash
# Everything CI checks, in the order a failure is cheapest to read: lint, build, unit and
# routing tests against the emulator, then the packed package inside a real n8n.
set -euo pipefail

cd "$(dirname "$0")/.."

npm run lint
npm run build
npx jest --ci
bash scripts/e2e.sh
