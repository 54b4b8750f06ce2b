#!/usr/bin/env bash
# npm test: everything, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "Typecheck (tsc --strict)"
npm run -s typecheck
step "Lint (ESLint, Salesforce LWC rules)"
npm run -s lint
step "Formatting (Prettier)"
npm run -s prettier:verify
step "Unit tests (jest, with coverage)"
npm run -s test:unit:coverage
step "Build (tsc → .js, LWC compile check)"
npm run -s build
step "Metadata (sf project convert source, offline metadata checks and their tests)"
npm run -s test:metadata
step "Browser tests (Playwright, Chromium, against the preview)"
npm run -s test:e2e
