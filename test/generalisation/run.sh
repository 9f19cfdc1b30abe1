#!/bin/sh
# Regenerate the variant workbooks, analyse them, score and list mismatches.
set -e
cd "$(dirname "$0")/../.."
npx tsc -p tsconfig.cli.json
node test/generalisation/make-variants.js
OUT=${1:-/tmp/chitieu-generalisation}
mkdir -p "$OUT"
for f in test/generalisation/workbooks/*.xlsx; do
  node bin/chitieu.js analyze "$f" --json > "$OUT/$(basename "$f" .xlsx).json"
done
python3 ../shared/score.py test/generalisation/workbooks "$OUT"
python3 test/generalisation/diff.py test/generalisation/workbooks "$OUT"
