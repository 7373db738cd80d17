#!/usr/bin/env python3
"""Write tests/fixtures/artifacts/<name>.txt: the seed document with one family of
text-extraction artifacts changed per file, so that the parser's front end can be tested
on each family alone.  Every fixture is the same document as the seed and must parse to
the seed's structure (corpus/seed/truth.json).

    python3 tools/make-artifact-fixtures.py          # (re)write the fixtures
    python3 tools/make-artifact-fixtures.py --check  # exit 1 if a fixture is out of date

Deterministic: the output depends only on the seed.  Edits are made at fixed seed line
numbers (1-based, ``S:NNN`` as research/un-conventions.md cites them) and each edit
checks that the line holds what it expects, so a changed seed fails loudly instead of
producing a wrong fixture.  tests/fixtures/artifacts/README.md describes each fixture.
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "corpus", "seed", "000_46dd32e2a39a25f9.txt")
OUT = os.path.join(ROOT, "tests", "fixtures", "artifacts")

SYMBOL = "CTOC/COP/WG.6/2020/1"
JOB = "V.20-00127"
PAGES = 6
# first lines of pages 2..6: each begins with the stray space that the removed running
# header and footer left behind, right after a line that has no blank line after it
PAGE_STARTS = [76, 188, 306, 420, 482]

# the first-page masthead as agendagen's re-creation of the seed prints it with Tika
# (corpus/generated/ctoc-cop-wg6-2020-1/tika.txt, lines 1-22): columns interleaved, the
# job number and barcode of the page-1 footer moved after "Original: English"
MASTHEAD = (
    "\n"
    "United Nations CTOC/COP/WG.6/2020/1 \n\n"
    "Conference of the Parties to the United \n\n"
    "Nations Convention against Transnational \n\n"
    "Organized Crime \n\n"
    "Distr.: General \n\n"
    "8 January 2020 \n\n"
    "Original: English \n\n"
    "V.20-00127 (E)    080120    090120 \n\n"
    "*2000127* \n\n"
    "Working Group on Firearms \n\n"
    "Vienna, 17 and 18 March 2020 \n\n"
)


def read_seed():
    with open(SEED, encoding="utf-8", newline="") as f:
        text = f.read()
    assert "\r" not in text and not text.startswith("\ufeff")
    return text.split("\n")


def at(lines, n, old, new, count=1):
    """Replace ``old`` by ``new`` in seed line ``n`` (1-based), which must contain it."""
    line = lines[n - 1]
    assert line.count(old) >= count, f"S:{n} does not contain {old!r}: {line!r}"
    lines[n - 1] = line.replace(old, new, count)


# -- the fixtures ---------------------------------------------------------------------

def crlf(lines):
    """Every line ends with CR LF."""
    return "\r\n".join(lines)


def bom(lines):
    """A UTF-8 byte order mark before the first line."""
    return "\ufeff" + "\n".join(lines)


def single_spaced(lines):
    """The blank line that follows every line is removed (lines of one space, the
    spacer paragraphs, stay; so do runs of blank lines that are not such followers)."""
    out = []
    for i, line in enumerate(lines):
        if line == "" and i > 0 and lines[i - 1] != "":
            continue
        out.append(line)
    return "\n".join(out)


def doubled_blank_lines(lines):
    """Two blank lines after every line instead of one."""
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if line == "" and i > 0 and lines[i - 1] != "":
            out.append("")
    return "\n".join(out)


def no_trailing_spaces(lines):
    """Trailing spaces removed from every line (lines of one space become empty)."""
    return "\n".join(line.rstrip(" ") for line in lines)


def form_feeds(lines):
    """A form feed, as pdftotext writes at each page break, in place of the stray
    space that begins each of the five page-start lines."""
    lines = list(lines)
    for n in PAGE_STARTS:
        assert lines[n - 1].startswith(" ") and not lines[n - 1].startswith("  "), n
        lines[n - 1] = "\f" + lines[n - 1][1:]
    return "\n".join(lines)


def _furniture(page):
    """Running header and footer of ``page`` (2..6) as Tika prints them: the symbol
    header, then the footer with the page counter on the outer side (left on even
    pages, right on odd ones)."""
    counter = f"{page}/{PAGES}"
    footer = f"{counter} {JOB}" if page % 2 == 0 else f"{JOB} {counter}"
    return f"{SYMBOL} \n\n{footer} \n\n"


def running_furniture(lines, feed=False):
    """The masthead block on page 1 and, at each page break, the running header and
    footer of the new page, laid out as Tika prints them for agendagen's re-creation of
    this document: three blank lines after body text (two after a link dump), header,
    blank, footer, blank.  The page-start lines keep their stray space (``feed``: a form
    feed takes its place)."""
    out = []
    for i, line in enumerate(lines, start=1):
        if i in PAGE_STARTS:
            prev = lines[i - 2]
            gap = "\n\n\n" if prev.startswith("http") else "\n\n\n\n"
            page = PAGE_STARTS.index(i) + 2
            out[-1] = out[-1] + gap + _furniture(page).rstrip("\n") + "\n"
            if feed:
                line = "\f" + line[1:]
        out.append(line)
    return MASTHEAD + "\n".join(out)


def nbsp(lines):
    """Some spaces inside sentences are no-break (U+00A0) or narrow no-break (U+202F)
    spaces, as extractors print them from PDFs that keep them: between a number and
    its noun, in dates."""
    lines = list(lines)
    nb, nnb = "\u00a0", "\u202f"
    at(lines, 46, "17 March", f"17{nb}March")
    at(lines, 63, "article 32,", f"article{nb}32,")
    at(lines, 65, "rule 2, paragraph 2,", f"rule{nb}2, paragraph{nb}2,")
    at(lines, 112, "resolution 9/2,", f"resolution{nnb}9/2,")
    at(lines, 134, "18 March 2020.", f"18{nb}March{nb}2020.")
    at(lines, 212, "Workshop 4", f"Workshop{nb}4")
    at(lines, 300, "paragraph 173.", f"paragraph{nb}173.")
    at(lines, 352, "(recommendation 9);", f"(recommendation{nnb}9);")
    at(lines, 436, "item 3", f"item{nb}3")
    at(lines, 470, "item 4", f"item{nb}4")
    return "\n".join(lines)


def tabs(lines):
    """Leading indentation written as one tab instead of spaces (lines that hold only
    spaces are left alone)."""
    return "\n".join(re.sub(r"^ +(?=\S)", "\t", line) for line in lines)


HEADING = re.compile(r"^ *(\d+\.|\([a-z]\)) +(\S.*)$")
# the agenda list (S:11-29) and the annotation headings of items and sub-items
NUMBERED_LINES = [11, 13, 15, 17, 23, 27, 29, 40, 43, 52, 158, 287, 467, 476]


def pdftotext_style(lines):
    """Item numbers and sub-item markers alone on their line, a blank line, then the
    title, as pdftotext prints the list and the headings (see
    corpus/generated/ctoc-cop-wg6-2020-1/pdftotext.txt); the rest keeps the seed's
    shape.  The annex rows are left as they are."""
    lines = list(lines)
    for n in NUMBERED_LINES:
        m = HEADING.match(lines[n - 1])
        assert m, f"S:{n} is not a numbered line: {lines[n - 1]!r}"
        lines[n - 1] = f"{m.group(1)}\n\n{m.group(2)}"
    return "\n".join(lines)


def hyphenation(lines):
    """Words hyphenated at the end of a line, the rest of the word starting the next
    text line: three ordinary words (``Transna-``/``tional``, ``crimi-``/``nal``,
    ``illic-``/``it``) and one compound broken at its own hyphen (``open-``/``ended``,
    which must stay ``open-ended``).  All are inside paragraphs, away from the text a
    paragraph's prefix and suffix check."""
    lines = list(lines)

    def split(n, word, k):
        # S:n ends with `word ` (and a trailing space); S:n+2 is the next text line
        line = lines[n - 1]
        assert line.endswith(word + " "), f"S:{n} does not end with {word!r}: {line!r}"
        assert lines[n] == "" and lines[n + 1].strip(), f"S:{n + 2} is not the next text line"
        lines[n - 1] = line[:-len(word) - 1] + word[:k] + "- "
        lines[n + 1] = word[k:] + " " + lines[n + 1]

    split(63, "Transnational", 6)
    split(169, "criminal", 5)
    split(396, "illicit", 5)
    # the compound: move "open-" from the start of S:61 to the end of S:59
    assert lines[58].endswith("establish an ") and lines[60].startswith("open-ended ")
    lines[58] = lines[58] + "open- "
    lines[60] = lines[60][len("open-"):]
    return "\n".join(lines)


def ligatures(lines):
    """Ligature characters as some PDFs extract them: ﬁ (U+FB01), ﬂ (U+FB02),
    ﬀ (U+FB00) and ﬃ (U+FB03), inside paragraphs only."""
    lines = list(lines)
    at(lines, 61, "firearms", "\ufb01rearms")
    at(lines, 167, "trafficking", "tra\ufb03cking")
    at(lines, 322, "effective", "e\ufb00ective")
    at(lines, 388, "flows", "\ufb02ows")
    at(lines, 396, "offences", "o\ufb00ences")
    return "\n".join(lines)


def links_once(lines):
    """Each hyperlink URL printed once at its page end instead of twice."""
    out = []
    for i, line in enumerate(lines):
        if line.startswith("http") and i > 0 and lines[i - 1] == line:
            continue
        out.append(line)
    return "\n".join(out)


def no_link_dumps(lines):
    """No hyperlink URLs at all (pdftotext, pdfminer, pypdf and PyMuPDF print none)."""
    return "\n".join(line for line in lines if not line.startswith("http"))


def footnotes_single_spaced(lines):
    """The footnote block printed single-spaced, as recent Tika versions print it: no blank
    line between one note and the next (S:299), each note line still beginning with the
    stray space that, elsewhere, starts a page."""
    assert lines[298] == "" and lines[299].startswith(" 2  A/CONF.234/PM.1"), "S:299, S:300"
    return "\n".join(lines[:298] + lines[299:])


def combined(lines):
    """Several families at once, as a worst case: byte order mark, CRLF, masthead and
    running header/footer, form feeds in place of the page starts' stray spaces,
    no-break spaces."""
    text = running_furniture(nbsp(lines).split("\n"), feed=True)
    return "\ufeff" + text.replace("\n", "\r\n")


FIXTURES = {
    "crlf": crlf,
    "bom": bom,
    "single-spaced": single_spaced,
    "doubled-blank-lines": doubled_blank_lines,
    "no-trailing-spaces": no_trailing_spaces,
    "form-feeds": form_feeds,
    "running-furniture": running_furniture,
    "nbsp": nbsp,
    "tabs": tabs,
    "pdftotext-style": pdftotext_style,
    "hyphenation": hyphenation,
    "ligatures": ligatures,
    "links-once": links_once,
    "no-link-dumps": no_link_dumps,
    "footnotes-single-spaced": footnotes_single_spaced,
    "combined": combined,
}


def main(argv):
    check = "--check" in argv
    lines = read_seed()
    stale = []
    os.makedirs(OUT, exist_ok=True)
    for name, make in FIXTURES.items():
        data = make(list(lines)).encode("utf-8")
        path = os.path.join(OUT, f"{name}.txt")
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old == data:
            continue
        if check:
            stale.append(name)
        else:
            with open(path, "wb") as f:
                f.write(data)
            print(f"wrote {os.path.relpath(path, ROOT)}")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run tools/make-artifact-fixtures.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
