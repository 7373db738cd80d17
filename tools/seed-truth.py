#!/usr/bin/env python3
"""Write corpus/seed/truth.json: the structure of the seed document, in the truth format
of tools/agendagen/agendagen/truth.py (PRODUCT.md field names, no spans).

The structure is written down by hand below -- which seed lines (1-based, as
research/un-conventions.md cites them as S:NNN) make up each title and paragraph -- and
the texts are taken from the seed itself: lines joined, whitespace folded, footnote
markers left out, split words (`r einforcing`) kept.  ``text_prefix`` is the first 40
characters of a paragraph and ``text_suffix`` the last 30, exactly as truth.py defines
them.  Run it again after changing the line table:

    python3 tools/seed-truth.py
"""

import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "corpus", "seed", "000_46dd32e2a39a25f9.txt")
OUT = os.path.join(ROOT, "corpus", "seed", "truth.json")
PREFIX, SUFFIX = 40, 30
URL = "http://undocs.org/"

with open(SEED, encoding="utf-8") as f:
    LINES = f.read().split("\n")


def fold(s):
    return re.sub(r"[\s\u00a0\u202f\u2009]+", " ", s).strip()


def text(*ranges, markers=()):
    """The folded text of the seed lines in ``ranges`` ((first, last), inclusive), with
    the flattened footnote markers in ``markers`` (exact strings, e.g. "controls. 1" →
    "controls.") taken out."""
    parts = []
    for a, b in ranges:
        parts.extend(LINES[a - 1:b])
    t = fold(" ".join(parts))
    for m, keep in markers:
        assert m in t, m
        t = t.replace(m, keep)
    return t


def para(*ranges, refs=(), markers=()):
    t = text(*ranges, markers=markers)
    return {"kind": "paragraph", "text_prefix": t[:PREFIX], "text_suffix": t[-SUFFIX:],
            "footnote_refs": [{"marker": r} for r in refs]}


def doc_block(rng, symbol):
    t = text(rng)
    desc, _, rest = t.rpartition(" (")
    assert rest == symbol + ")", rest
    return {"kind": "documentation", "entries": [{"description": desc, "symbol": symbol}]}


def title(*ranges):
    """A heading or list title without its list punctuation."""
    return text(*ranges).rstrip(":;.").rstrip()


T2 = title((158, 162))
T3 = title((287, 289))

truth = {
    "format_version": 1,
    "generator": "hand-written (tools/seed-truth.py)",
    "doc_id": "seed-000_46dd32e2a39a25f9",
    "source": "corpus/seed/000_46dd32e2a39a25f9.txt",
    "language": "en",
    "kind": "annotated",
    "title": title((1, 1)),
    "masthead": None,
    "agenda": {
        "heading": title((6, 6)),
        "items": [
            {"number": 1, "title": title((11, 11))[3:], "sub_items": [
                {"marker": "a", "title": title((13, 13))[4:], "sub_items": []},
                {"marker": "b", "title": title((15, 15))[4:], "sub_items": []},
            ]},
            {"number": 2, "title": title((17, 21))[3:], "sub_items": []},
            {"number": 3, "title": title((23, 25))[3:], "sub_items": []},
            {"number": 4, "title": title((27, 27))[3:], "sub_items": []},
            {"number": 5, "title": title((29, 29))[3:], "sub_items": []},
        ],
    },
    "annotations_heading": title((35, 35)),
    "annotations": [
        {"number": 1, "title": title((40, 40))[3:], "body": [], "sub_items": [
            {"marker": "a", "title": title((43, 43))[4:], "body": [para((46, 48))], "sub_items": []},
            {"marker": "b", "title": title((52, 52))[4:], "body": [
                para((55, 75)), para((76, 98)), para((100, 110)), para((112, 128)), para((130, 144)),
                para((146, 154)),
            ], "sub_items": []},
        ]},
        {"number": 2, "title": T2[3:], "body": [
            para((165, 181)), para((183, 187)), para((188, 196)),
            para((198, 210), refs=["1"], markers=[("controls. 1", "controls.")]),
            para((212, 220), refs=["2"], markers=[("issues.2", "issues.")]),
            para((222, 246)), para((248, 270)),
            doc_block((277, 283), "CTOC/COP/WG.6/2020/2"),
        ], "sub_items": []},
        {"number": 3, "title": T3[3:], "body": [
            # cut by the page-3 footnote block and link dump (S:296-305): one paragraph
            para((292, 294), (306, 308)),
            para((310, 316)), para((318, 326)), para((328, 344)), para((346, 384)), para((386, 402)),
            para((404, 416)), para((420, 434)), para((436, 444)), para((446, 452)),
            doc_block((459, 463), "CTOC/COP/WG.6/2020/3"),
        ], "sub_items": []},
        {"number": 4, "title": title((467, 467))[3:], "body": [para((470, 472))], "sub_items": []},
        {"number": 5, "title": title((476, 476))[3:], "body": [para((479, 481))], "sub_items": []},
    ],
    "annexes": [],
    "footnotes": [
        {"marker": "1", "text": text((298, 298))[2:], "links": [URL + "CTOC/COP/WG.6/2018/4"], "page": 3},
        {"marker": "2", "text": text((300, 300))[2:], "links": [URL + "A/CONF.234/PM.1"], "page": 3},
    ],
    "symbols": ["A/CONF.234/PM.1", "CTOC/COP/WG.6/2018/4", "CTOC/COP/WG.6/2020/2", "CTOC/COP/WG.6/2020/3"],
    "pages": 6,
    "links_by_page": [[], [], [URL + "CTOC/COP/WG.6/2018/4"] * 2 + [URL + "A/CONF.234/PM.1"] * 2,
                      [URL + "CTOC/COP/WG.6/2018/4"] * 2, [], []],
    "notes": {
        "symbols_broken_across_lines": [],
        # facts of this extraction a checker may use (seed line numbers, 1-based)
        "page_start_lines": [76, 188, 306, 420, 482],
        "link_dump_lines": [[302, 305], [418, 419]],
        "footnote_separator_line": 296,
        "footnote_lines": [298, 300],
    },
}

# the annex: one schedule, titles as the list gives them (the seed's rows repeat them)
ITEM = {1: {"a": "Opening of the meeting", "b": "Adoption of the agenda and organization of work"},
        2: T2[3:], 3: T3[3:], 4: "Other matters", 5: "Adoption of the report"}


def entry(item, sub=None, continued=False):
    return {"item": item, "sub_item": sub, "title": ITEM[item][sub] if sub else ITEM[item],
            "continued": continued}


truth["annexes"] = [{
    "heading": title((482, 482)),
    "title": title((487, 487)),
    "original": None,
    "body": [],
    "schedule": {"days": [
        {"label": "Tuesday, 17 March", "weekday": "tuesday", "date": "2020-03-17", "slots": [
            {"time": "10 a.m.–1 p.m.", "start": "10:00", "end": "13:00",
             "entries": [entry(1, "a"), entry(1, "b"), entry(2)]},
            {"time": "3–6 p.m.", "start": "15:00", "end": "18:00", "entries": [entry(2, continued=True)]},
        ]},
        {"label": "Wednesday, 18 March", "weekday": "wednesday", "date": "2020-03-18", "slots": [
            {"time": "10 a.m.–1 p.m.", "start": "10:00", "end": "13:00", "entries": [entry(3)]},
            {"time": "3–6 p.m.", "start": "15:00", "end": "18:00",
             "entries": [entry(3, continued=True), entry(4), entry(5)]},
        ]},
    ]},
    "layout": "table",
}]

# every annex label, time and title must be in the seed as printed
flat = fold("\n".join(LINES))
for d in truth["annexes"][0]["schedule"]["days"]:
    assert d["label"] in flat, d["label"]
    for s in d["slots"]:
        assert s["time"] in flat, s["time"]

with open(OUT, "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote {os.path.relpath(OUT, ROOT)}")
