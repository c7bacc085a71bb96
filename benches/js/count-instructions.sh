#!/usr/bin/env bash
# Instructions Node executes to screen the 1 MB benchmark output, one-shot and streamed, counted
# by valgrind (cachegrind, no cache simulation): a deterministic measure of the wasm and its JS
# glue where wall-clock time on a shared machine moves by ±5% between runs. V8 is made
# deterministic: one thread (--single-threaded) and every wasm function compiled by TurboFan up
# front (--no-liftoff --no-wasm-lazy-compilation). Each count is the difference between a process
# that screens twice and one that screens zero times after the same warm-up. About 4 minutes.
#
#   benches/js/count-instructions.sh [PKG_DIR (default pkg)] [CHUNK_BYTES (default 64)]
#   MODES="stream" benches/js/count-instructions.sh /tmp/other-build   (only some of: one stream glue)
#
# Needs valgrind (Debian: apt-get install valgrind). Not part of `make test` or `make bench`.
set -euo pipefail
cd "$(dirname "$0")"
PKG="$(cd "${1:-../../pkg}" && pwd)"
CHUNK="${2:-64}"
command -v valgrind >/dev/null || { echo "count-instructions.sh: needs valgrind" >&2; exit 1; }
count() { # mode runs -> instructions
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --smc-check=all-non-file \
    node --single-threaded --no-liftoff --no-wasm-lazy-compilation instructions-run.mjs "$PKG" "$1" "$2" "$CHUNK" 2>&1 \
    | awk '/I *refs:/ { gsub(",", "", $4); print $4 }'
}
per_run() { # mode -> millions of instructions per screening of the 1 MB output
  local base twice
  base=$(count "$1" 0)
  twice=$(count "$1" 2)
  awk -v a="$base" -v b="$twice" 'BEGIN { printf "%.1f", (b - a) / 2e6 }'
}
MODES="${MODES:-one stream glue}"
echo "1 MB output, Node instructions per screening ($PKG, ${CHUNK}-byte chunks):"
for mode in $MODES; do
  n=$(per_run "$mode")
  case $mode in
    one) one=$n; echo "  one-shot                 ${n}M" ;;
    stream) echo "  streamed                 ${n}M${one:+  ($(awk -v s="$n" -v o="$one" 'BEGIN { printf "%.2f", s / o }')x one-shot)}" ;;
    glue) echo "  of which the JS glue     ${n}M  (the stream with its wasm calls stubbed out)" ;;
    *) echo "count-instructions.sh: unknown mode $mode" >&2; exit 2 ;;
  esac
done
