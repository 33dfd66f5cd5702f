#!/bin/sh
# Speed work must not change what comes out: extracts the Reuters sample with two checkouts and diffs the
# JSON lines (and the geoparse output, which lists every place mention, not only events' places).
#   sh bench/same-output.sh BASE_ROOT OTHER_ROOT [FILE.jsonl…]
# e.g. a worktree of main (`git worktree add --detach ../base main`, node_modules linked) and this one.
# Each checkout runs its dist/ when current (`npm run build` there), else its src/ through tsx.
# Uses the packs installed in the cache in force (SITREP_CACHE_DIR). Exit 0 when every output is identical.
set -eu
base=$1 other=$2
shift 2
shared=$(dirname "$0")/../../shared/data/news-isot-reuters-sample
[ $# -gt 0 ] || set -- "$shared/conflict.jsonl" "$shared/general.jsonl"
out=$(mktemp -d)
status=0
for f in "$@"; do
  name=$(basename "$f" .jsonl)
  for side in base other; do
    root=$base
    [ $side = other ] && root=$other
    node "$root/bin/sitrep.js" extract "$f" > "$out/$side-$name.extract.jsonl" 2>/dev/null || true
    node "$root/bin/sitrep.js" geoparse "$f" > "$out/$side-$name.geoparse.jsonl" 2>/dev/null || true
  done
  for kind in extract geoparse; do
    if [ ! -s "$out/base-$name.$kind.jsonl" ]; then
      echo "$name $kind: no output from $base"
      status=1
    elif cmp -s "$out/base-$name.$kind.jsonl" "$out/other-$name.$kind.jsonl"; then
      echo "$name $kind: identical ($(wc -l < "$out/base-$name.$kind.jsonl") lines)"
    else
      echo "$name $kind: DIFFERENT (diff $out/base-$name.$kind.jsonl $out/other-$name.$kind.jsonl)"
      status=1
    fi
  done
done
exit $status
