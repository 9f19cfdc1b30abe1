#!/bin/sh
# Regenerate the variant workbooks of every round, analyse them, score and list mismatches.
set -e
cd "$(dirname "$0")/../.."
npx tsc -p tsconfig.cli.json
for round in test/generalisation/make-variants.js test/generalisation/make-variants-[0-9].js; do node "$round"; done
OUT=${1:-/tmp/chitieu-generalisation}
mkdir -p "$OUT"
for f in test/generalisation/workbooks/*.xlsx; do
  node bin/chitieu.js analyze "$f" --json > "$OUT/$(basename "$f" .xlsx).json"
done
python3 ../shared/score.py test/generalisation/workbooks "$OUT"
python3 test/generalisation/diff.py test/generalisation/workbooks "$OUT"
