#!/usr/bin/env python3
"""Generate data/lexicon/words.txt from the SCOWL word lists (not run in CI).

Usage: apt-get install scowl && python3 data/lexicon/generate.py [SCOWL_FINAL_DIR]

SCOWL_FINAL_DIR defaults to /usr/share/dict/scowl (Debian's `scowl` package installs
SCOWL's `final/` directory there). The output is written next to this script.

Selection (see README.md for why):
  * spelling categories `english` + `british_z` (British spelling with -ize: Oxford);
  * sub-categories `words` and `contractions` by length tier, the longer the word the larger
    the SCOWL size allowed, because short rare words collide with fragments of split words:
      7 letters or more  -> size <= 70
      4 to 6 letters     -> size <= 60
      2 or 3 letters     -> size <= 50
      1 letter           -> only `a` and `i`;
  * sub-category `upper` (capitalized dictionary words: "Geneva", "January"), size <= 50,
    4 letters or more (shorter ones are chemical symbols, month abbreviations, names);
  * no `proper-names`, no `abbreviations`, no variants (so "organisation" is not included);
  * lower-cased; every possessive `X's` dropped (the lookup strips possessives, and an
    `X's` whose `X` was not selected would only let a fragment through);
  * sorted by byte value, one word per line, UTF-8, no duplicates.

The curated `supplement.txt` and `exclude.txt` are applied at run time, not here.
"""

import os
import re
import sys

CATEGORIES = {"english", "british_z"}
WORD_SUBCATEGORIES = {"words", "contractions"}
UPPER_MAX_SIZE = 50
UPPER_MIN_LETTERS = 4
SINGLE_LETTERS = {"a", "i"}


def max_size_for(letters):
    """The largest SCOWL size accepted for a word of this many letters."""
    if letters >= 7:
        return 70
    if letters >= 4:
        return 60
    if letters >= 2:
        return 50
    return 0


def letters(word):
    return sum(1 for c in word if c.isalpha())


def main():
    final_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/scowl"
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "words.txt")
    name = re.compile(r"^(?P<cat>[a-z_0-9]+)-(?P<sub>[a-z-]+)\.(?P<size>\d+)$")
    words = set()
    for file_name in sorted(os.listdir(final_dir)):
        m = name.match(file_name)
        if not m or m["cat"] not in CATEGORIES:
            continue
        sub, size = m["sub"], int(m["size"])
        if sub not in WORD_SUBCATEGORIES and sub != "upper":
            continue
        with open(os.path.join(final_dir, file_name), encoding="utf-8") as f:
            for line in f:
                word = line.strip().lower()
                if not word or word.endswith("'s"):
                    continue
                n = letters(word)
                if sub == "upper":
                    keep = size <= UPPER_MAX_SIZE and n >= UPPER_MIN_LETTERS
                elif n == 1:
                    keep = word in SINGLE_LETTERS
                else:
                    keep = size <= max_size_for(n)
                if keep:
                    words.add(word)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for word in sorted(words, key=lambda w: w.encode("utf-8")):
            f.write(word + "\n")
    print(f"{len(words)} words -> {out_path}")


if __name__ == "__main__":
    main()
