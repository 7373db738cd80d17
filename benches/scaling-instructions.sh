#!/usr/bin/env bash
# Linear time by instruction counts: each hostile input shape of the scaling benchmark at two
# sizes a tenfold apart, `agendum lint --output-format json` run under callgrind, and the ratio
# of the instructions of the two runs less those of an empty input (process start). Instruction
# counts do not depend on the machine's load, so a ratio well above 10 is a superlinear path
# for certain — the way the quadratic ones of this round were found. Not part of CI.
#
#   benches/scaling-instructions.sh [DIVISOR]   # sizes: full/(10×DIVISOR) and full/DIVISOR
#
# Needs valgrind. DIVISOR defaults to 10 (a few minutes in all); KEEP=1 keeps the inputs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v valgrind >/dev/null || { echo "missing valgrind: apt-get install -y valgrind" >&2; exit 2; }
cargo build --release --quiet --example shapes
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/release/agendum

tmp=$(mktemp -d)
if [[ -z "${KEEP:-}" ]]; then trap 'rm -rf "$tmp"' EXIT; else echo "inputs kept in $tmp"; fi
"$target/release/examples/shapes" "$tmp" "${1:-10}"
: >"$tmp/empty.txt"

count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" lint --output-format json \
    --threads 1 --exit-zero "$1" 2>&1 >/dev/null | sed -n 's/.*refs: *//p' | tr -d ,
}
base=$(count "$tmp/empty.txt")
printf '%-18s %15s %15s %8s\n' shape "1x instructions" "10x instructions" ratio
for small in "$tmp"/*-1x.txt; do
  name=$(basename "$small" -1x.txt)
  a=$(count "$small")
  b=$(count "$tmp/$name-10x.txt")
  awk -v n="$name" -v a="$a" -v b="$b" -v z="$base" \
    'BEGIN { printf "%-18s %15d %15d %7.2f×\n", n, a, b, (b - z) / (a - z) }'
done
