#!/bin/sh
# Scores a folder of workbooks with expected JSON (samples' form) with the engine as it is now:
#   sh scripts/score-round.sh DIR [OUT]
# Prints score.py's per-workbook lines and its `overall:` line. Used for first-sight rounds.
set -e
cd "$(dirname "$0")/.."
DIR=$1
OUT=${2:-$(mktemp -d)}
npm run -s build:cli
mkdir -p "$OUT"
for f in "$DIR"/*.xlsx; do
  n=$(basename "$f" .xlsx)
  node bin/chitieu.js analyze "$f" --json > "$OUT/$n.json" 2> "$OUT/$n.err" || true
  [ -s "$OUT/$n.err" ] && echo "$n: $(cat "$OUT/$n.err")" >&2
  [ -s "$OUT/$n.json" ] || rm -f "$OUT/$n.json"
done
python3 ../shared/score.py "$DIR" "$OUT"
