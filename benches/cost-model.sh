#!/usr/bin/env bash
# Where the instructions go: `agendum lint --output-format json` on ~10 MB of realistic
# agendas one after another (the seed and the corpus's extractions, as whole-process.sh builds
# its big input), run once under callgrind and timed natively, then a table of the phases —
# the parser's passes, the rule families, the output — in instructions per input byte and
# share of the whole. The native time gives this machine's instructions per second on this
# code, and so the instructions a byte that PRODUCT.md's 150 MB/s allows here: the budget
# each phase is measured against. Not part of CI.
#
#   benches/cost-model.sh [MB]      # from the repository root; MB defaults to 10
#
# Needs valgrind and python3. KEEP=1 keeps the input and the callgrind output.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mb=${1:-10}
for tool in valgrind callgrind_annotate python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y valgrind python3" >&2; exit 2; }
done
# shellcheck source=benches/common.sh
source benches/common.sh
python3 - "$tmp" "$mb" <<'EOF'
import os, sys
tmp, mb = sys.argv[1], int(sys.argv[2])
texts = [open(p, 'rb').read() for p in open(os.path.join(tmp, 'texts')).read().split('\n') if p]
with open(os.path.join(tmp, 'input.txt'), 'wb') as out:
    n, i = 0, 0
    while n < mb * 1_000_000:
        t = texts[i % len(texts)]
        out.write(t + b'\n')
        n += len(t) + 1
        i += 1
EOF

run=("$bin" lint --output-format json --threads 1 --exit-zero "$tmp/input.txt")
echo "callgrind: ${run[*]}" >&2
valgrind --tool=callgrind --callgrind-out-file="$tmp/callgrind.out" "${run[@]}" >/dev/null 2>"$tmp/valgrind.err"
callgrind_annotate --inclusive=yes --threshold=100 "$tmp/callgrind.out" >"$tmp/inclusive.txt" 2>/dev/null
# The best of five native runs: the machine's speed on this code at its least disturbed.
best=
for _ in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "${run[@]}" >/dev/null
  end=$(date +%s.%N)
  best=$(python3 -c "a, b, s = $start, $end, '$best'; t = b - a; print(min(t, float(s)) if s else t)")
done

python3 - "$tmp/inclusive.txt" "$(stat -c %s "$tmp/input.txt")" "$best" <<'EOF'
import re, sys
path, size, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
# Inclusive cost of each function: callgrind_annotate lists a function once per source file
# its code came from (inlined code under the inlined function's file), the whole under one of
# them; the largest entry is the whole. A phase whose function the compiler inlined into its
# caller is read from the caller's entry for the phase's source file (the largest entry of
# that file under a function of another module).
cost, by_file = {}, {}
line = re.compile(r'^\s*([\d,]+) \([\s\d.]+%\)\s+(\S+?):(agendum::\S+)')
total = None
for l in open(path, encoding='utf-8', errors='replace'):
    if total is None and 'PROGRAM TOTALS' in l:
        total = int(l.split()[0].replace(',', ''))
    m = line.match(l)
    if m:
        n, file, name = int(m.group(1).replace(',', '')), m.group(2), m.group(3)
        cost[name] = max(n, cost.get(name, 0))
        if 'src/' in file:
            key = (file[file.rindex('src/'):], name)
            by_file[key] = max(n, by_file.get(key, 0))

def c(name, file=None):
    n = cost.get('agendum::' + name)
    if n is None and file:
        module = 'agendum::' + name.rsplit('::', 1)[0] + '::'
        inlined = [v for (f, fn), v in by_file.items() if f == file and not fn.startswith(module)]
        n = max(inlined, default=None)
    return n

parse = [
    ('lines (lexer)', 'lexer::lex', 'src/lexer.rs'),
    ('page furniture, footnotes (scan)', 'scan::scan', 'src/scan/mod.rs'),
    ('document symbols (scan)', 'symbol::scan::scan', 'src/symbol/scan.rs'),
    ('masthead', 'parser::masthead::masthead', 'src/parser/masthead.rs'),
    ('agenda list', 'parser::agenda::agenda_list', 'src/parser/agenda.rs'),
    ('annotations', 'parser::annotations::annotations', 'src/parser/annotations.rs'),
    ('annexes', 'parser::annex::annexes', 'src/parser/annex.rs'),
]
rules = [
    ('A6xx hygiene', 'lint::rules::hygiene::check', 'src/lint/rules/hygiene/mod.rs'),
    ('A4xx consistency', 'lint::rules::consistency::check', 'src/lint/rules/consistency/mod.rs'),
    ('A3xx dates and times', 'lint::rules::dates::check', 'src/lint/rules/dates/mod.rs'),
    ('A7xx style', 'lint::rules::style::check', 'src/lint/rules/style/mod.rs'),
    ('A2xx structure', 'lint::rules::structure::check', 'src/lint/rules/structure/mod.rs'),
    ('A5xx symbols', 'lint::rules::symbols::check', 'src/lint/rules/symbols/mod.rs'),
]
rows = []
def group(title, whole, parts):
    w = c(whole)
    rows.append((title, w, True))
    if w is None:
        return
    rest = w
    for label, name, file in parts:
        n = c(name, file)
        rows.append(('  ' + label, n, False))
        rest -= n or 0
    rows.append(('  the rest', rest, False))

rows.append(('splitting the input into documents', c('parser::documents'), True))
group('parse (each document)', 'parser::parse_one', parse)
group('lint (each document: the rules, their shared data, the findings)', 'lint::lint_alone', rules)
rows.append(('output (the findings as JSON, the summary)', c('cli::process::tally'), True))
known = sum(n or 0 for _, n, top in rows if top)
rows.append(('the rest (reading the file, start-up, freeing)', total - known, True))

per_second = total / seconds
budget = per_second / 150e6
print(f'input: {size / 1e6:.1f} MB; {total / 1e6:,.0f} million instructions, '
      f'{total / size:.0f} a byte; best native run {seconds:.3f} s = {size / seconds / 1e6:.1f} MB/s')
print(f'this machine ran {per_second / 1e9:.2f} billion instructions a second of this code: '
      f'150 MB/s allows {budget:.0f} instructions a byte')
print()
print(f'{"phase":<70} {"instr/byte":>10} {"share":>7}')
for label, n, top in rows:
    if n is None:
        print(f'{label:<70} {"—":>10} {"—":>7}')
    else:
        print(f'{label:<70} {n / size:>10.1f} {100 * n / total:>6.1f}%')
EOF
