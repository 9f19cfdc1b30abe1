#!/bin/sh
# Scores `chitieu draft --json` outputs against a first-sight set: sh scripts/score-draft.sh EXPECTED_DIR OUTPUT_DIR [-v]
# (test/generalisation/score-draft.ts, compiled on the fly; it imports nothing from src/).
set -e
cd "$(dirname "$0")/.."
out=node_modules/.cache/chitieu-score
npx tsc --outDir "$out" --module commonjs --target ES2020 --esModuleInterop --skipLibCheck --types node test/generalisation/score-draft.ts
node "$out/score-draft.js" "$@"
