#!/bin/sh
# Scores metric extraction on the seeds with the shared scorer.
#   sh scripts-dev/metrics-score.sh [CORPUS_DIR] [GOLD_DIR]
# The bundle sits two directories below a folder that links dictionaries/, so that the
# package's `../../dictionaries/` lookup resolves as it does from dist/.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$here/corpus}
gold=${2:-/work/shared/gold/seeds}
work=$(mktemp -d)
mkdir -p "$work/a/b"
ln -s "$here/dictionaries" "$work/dictionaries"
"$here/node_modules/.bin/esbuild" "$here/scripts-dev/metrics-pred.ts" --bundle --platform=node --format=esm \
  --outfile="$work/a/b/pred.mjs" --external:nodejieba --log-level=warning
NODE_PATH="$here/node_modules" node "$work/a/b/pred.mjs" "$corpus" "$work/pred"
node /work/shared/eval/score.mjs --gold "$gold" --pred "$work/pred"
