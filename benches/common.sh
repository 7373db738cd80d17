# Sourced by the benchmark scripts, from the repository root: builds the release binary
# (`$bin`), makes the temporary folder `$tmp` (removed at exit unless KEEP=1), and lists in
# `$tmp/texts` the texts to build inputs from — the seed (corpus/seed/, else
# ../shared/seeds/) and the corpus's extractions (corpus/generated/, or the folder named by
# AGENDUM_CORPUS).
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/agendum

tmp=$(mktemp -d)
if [[ -z "${KEEP:-}" ]]; then trap 'rm -rf "$tmp"' EXIT; else echo "inputs kept in $tmp"; fi

seed=corpus/seed/000_46dd32e2a39a25f9.txt
[[ -f $seed ]] || seed=../shared/seeds/000_46dd32e2a39a25f9.txt
corpus=${AGENDUM_CORPUS:-corpus/generated}
{ echo "$seed"; [[ -d $corpus ]] && find "$corpus" -name '*.txt' | sort; } >"$tmp/texts"
