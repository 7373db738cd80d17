"""Self-check of the document sources and of their variants' expectations.

    python3 tools/check_sources.py [DOCS_DIR]

A base document should be clean: every date it prints exists and carries the right
weekday, every "item 3 (b)" it cites exists, every annex row cites an item of the list,
every item (or all of its sub-items) is scheduled, ``(continued)`` is where it belongs,
and a stated meeting count ("ten plenary meetings over five days") matches the annex.
A fault variant should then raise exactly what its ``must``/``may`` lists say: when a
variant breaks one of those facts, the matching code (A401, A207, A203, A204, A206,
A209) must be listed, and a listed code of that kind must correspond to a broken fact.
This catches, for example, a renumbering variant that leaves "under item 4" dangling in
the text without expecting A207.

Prints one line per problem; exit status 1 if there is any.
"""

import copy
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # keep docs/ free of __pycache__

from agendagen import lang as L  # noqa: E402
from agendagen import markup as M  # noqa: E402
from agendagen import model, sources  # noqa: E402

NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
           "nineteen", "twenty"],
    "fr": ["zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze", "treize", "quatorze", "quinze", "seize"],
    "es": ["cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce", "trece", "catorce", "quince", "dieciséis"],
}

REF = {
    "en": re.compile(r"\b[Ii]tems? (\d+)((?: \([a-z]{1,4}\)){0,2})((?:(?:, | and )\d+(?: \([a-z]\))?)*)"),
    "fr": re.compile(r"\b[Pp]oints? (\d+)((?: [a-z]{1,4}\)){0,2})((?:(?:, | et )\d+(?: [a-z]\))?)*)"),
    "es": re.compile(r"\b[Tt]emas? (\d+)((?: [a-z]{1,4}\)){0,2})((?:(?:, | y )\d+(?: [a-z]\))?)*)"),
}

COUNT = {
    "en": re.compile(r"\b(\w+) (?:plenary )?meetings over (\w+) days"),
    "fr": re.compile(r"\b(\w+) séances(?: plénières)? sur (\w+) jours"),
    "es": re.compile(r"\b(\w+) sesiones(?: plenarias)? en (\w+) días"),
}


def texts(doc):
    """Running text of the document (titles, bodies, footnotes, annex prose), as the
    reader sees it; the masthead's item line cites another agenda and is left out."""
    out = []
    for it in doc.all_items():
        out.append(M.plain(it.title_nodes, with_notes=True))
        for b in it.body:
            out.append(M.plain(b.nodes, with_notes=True))
            out.extend(e.description for e in b.entries)
    blocks = doc.intro + doc.annotations_intro + doc.closing
    for a in doc.annexes():
        blocks = blocks + a.intro + a.after
    for b in blocks:
        out.append(M.plain(b.nodes, with_notes=True))
    if doc.subtitle:
        out.append(M.plain(M.parse(doc.subtitle)))
    for s in (doc.masthead or {}).get("session", []):
        out.append(M.plain(M.parse(s)))
    return [M.fold(t) for t in out]


def date_problems(doc):
    lang = doc.lang
    wd = "|".join(L.WEEKDAYS[lang] + [w.capitalize() for w in L.WEEKDAYS[lang]])
    mo = "|".join(L.MONTHS[lang])
    if lang == "en":
        pat = re.compile(rf"(?:\b({wd}),? )?\b(\d{{1,2}}) ({mo}) (\d{{4}})")
    elif lang == "fr":
        pat = re.compile(rf"(?:\b({wd}) )?\b(1er|\d{{1,2}}) ({mo}) (\d{{4}})")
    else:
        pat = re.compile(rf"(?:\b({wd}),? )?\b(\d{{1,2}}) de ({mo}) de (\d{{4}})")
    probs = []
    for t in texts(doc):
        for m in pat.finditer(t):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            month = L.MONTHS[lang].index(m.group(3)) + 1
            try:
                d = datetime.date(int(m.group(4)), month, day)
            except ValueError:
                probs.append(f"A401 impossible date `{m.group(0)}`")
                continue
            if m.group(1) and m.group(1).lower() != L.WEEKDAYS[lang][d.weekday()].lower():
                probs.append(f"A401 wrong weekday `{m.group(0)}`")
    for a in doc.annexes():
        for day in a.days:
            if day.weekday != L.weekday_name(day.date, "en").lower():
                probs.append(f"A401 annex day `{day.label}` is a {L.weekday_name(day.date, 'en')}")
    return probs


def ref_problems(doc):
    have = set()
    for it in doc.all_items():
        n = str(it.item_number)
        have.add((n, it.sub_mark, it.subsub_mark))
    probs = []
    for t in texts(doc):
        for m in REF[doc.lang].finditer(t):
            marks = re.findall(r"[a-z]+", m.group(2))
            key = (m.group(1), marks[0] if marks else None, marks[1] if len(marks) > 1 else None)
            if key not in have:
                probs.append(f"A207 `{m.group(0).strip()}` names no item")
            for extra in re.findall(r"\d+", m.group(3)):
                if (extra, None, None) not in have:
                    probs.append(f"A207 `{m.group(0).strip()}` names no item {extra}")
    return probs


def annex_problems(doc):
    probs = []
    if not doc.annex or doc.kind == "plain":
        return probs
    scheduled = set()
    for a in doc.annexes():
        seen = set()
        for day in a.days:
            for s in day.slots:
                for e in s.entries:
                    key = (str(e.number), e.sub, e.subsub)
                    if e.item is None:
                        probs.append(f"A203 annex row `{e.ref_text}` names no item")
                    elif M.fold(e.title) != M.fold(e.item.title):
                        probs.append(f"A205 annex row `{e.ref_text}` title differs")
                    if e.continued != (key in seen):
                        probs.append(f"A206 annex row `{e.ref_text}` continued={e.continued}")
                    seen.add(key)
                    if e.item is not None:
                        scheduled.add(e.item.sid)
    for it in doc.items:
        leaves = [c for c in it.walk() if not c.children]
        if it.sid not in scheduled and not all(c.sid in scheduled or any(
                p.sid in scheduled for p in _parents(c)) for c in leaves):
            probs.append(f"A204 item {it.number} is not scheduled")
    return probs


def _parents(it):
    while it.parent is not None:
        it = it.parent
        yield it


def count_problems(doc):
    if not doc.annex:
        return []
    slots = sum(len(d.slots) for d in doc.annex.days)
    ndays = len(doc.annex.days)
    words = NUMBER_WORDS[doc.lang]
    probs = []
    for t in texts(doc):
        for m in COUNT[doc.lang].finditer(t):
            a, b = m.group(1).lower(), m.group(2).lower()
            na = words.index(a) if a in words else (int(a) if a.isdigit() else None)
            nb = words.index(b) if b in words else (int(b) if b.isdigit() else None)
            if na != slots or nb != ndays:
                probs.append(f"A209 `{m.group(0)}` but the annex has {slots} slots over {ndays} days")
    return probs


OPENING = {
    "en": [re.compile(r"\bopened on (?:\w+, )?(?P<date>\d{1,2} \w+ \d{4}),? at (?P<time>[\d.]+ [ap]\.m\.)"),
           re.compile(r"\bopened at (?P<time>[\d.]+ [ap]\.m\.) on (?:\w+, )?(?P<date>\d{1,2} \w+ \d{4})")],
    "fr": [re.compile(r"\bs’ouvrira le (?:\w+ )?(?P<date>(?:1er|\d{1,2}) \w+ \d{4}) à (?P<time>\d{1,2}(?: h \d\d| heures))")],
    "es": [re.compile(r"\binaugurará el (?:\w+,? )?(?P<date>\d{1,2} de \w+ de \d{4}),? a las (?P<time>\d{1,2}\.\d\d) horas")],
}


def _clock(t, lang):
    """A printed time as HH:MM (``10 a.m.``, ``10.30 a.m.``, ``10 heures``, ``15 h 30``, ``10.00``)."""
    m = re.match(r"(\d{1,2})(?:[.h ]+(\d\d))?", t.replace(" h ", "."))
    h, mm = int(m.group(1)), int(m.group(2) or 0)
    if lang == "en" and "p.m." in t and h != 12:
        h += 12
    return f"{h:02d}:{mm:02d}"


def _iso(date, lang):
    parts = date.replace(" de ", " ").split(" ")
    day = 1 if parts[0] == "1er" else int(parts[0])
    return datetime.date(int(parts[2]), L.MONTHS[lang].index(parts[1]) + 1, day).isoformat()


def opening_problems(doc):
    """The stated opening date and time equal the annex's first day and slot."""
    if not doc.annex or not doc.annex.days:
        return []
    first = doc.annex.days[0]
    want = (first.date, first.slots[0].start)
    probs = []
    for t in texts(doc):
        for pat in OPENING[doc.lang]:
            for m in pat.finditer(t):
                try:
                    got = (_iso(m.group("date"), doc.lang), _clock(m.group("time"), doc.lang))
                except (ValueError, IndexError):
                    continue
                if got != want:
                    probs.append(f"A209 opening `{m.group(0)}` but the annex starts {want[0]} {want[1]}")
    return probs


def session_range(doc):
    """(first, last) ISO dates of the session as the masthead's place-and-dates line gives
    them: ``13–17 March 2023``, ``17 and 18 March 2020``, ``26 February–1 March 2024``,
    ``13-17 mai 2024``, ``2 y 3 de julio de 2024``."""
    lang = doc.lang
    mo = "|".join(L.MONTHS[lang])
    de = " de" if lang == "es" else ""
    conj = {"en": "and", "fr": "et", "es": "(?:y|a)"}[lang]   # es: "2 y 3 de julio", "13 a 31 de enero"
    pat = re.compile(rf"\b(1er|\d{{1,2}})(?:{de} ({mo}))?(?:\s*[–-]\s*| {conj} )?(1er|\d{{1,2}})?{de} ({mo}){de} (\d{{4}})")
    for line in (doc.masthead or {}).get("session", []):
        m = pat.search(M.fold(M.plain(M.parse(line))))
        if not m:
            continue
        d1, m1, d2, m2, year = m.groups()
        d1 = 1 if d1 == "1er" else int(d1)
        d2 = d1 if d2 is None else (1 if d2 == "1er" else int(d2))
        mon2 = L.MONTHS[lang].index(m2) + 1
        mon1 = L.MONTHS[lang].index(m1) + 1 if m1 else mon2
        try:
            return (datetime.date(int(year), mon1, d1).isoformat(), datetime.date(int(year), mon2, d2).isoformat())
        except ValueError:
            return None
    return None


def session_problems(doc):
    """The masthead's session dates equal the first and last annex days."""
    if not doc.annex or not doc.annex.days:
        return []
    rng = session_range(doc)
    if rng is None:
        return []
    got = (doc.annex.days[0].date, doc.annex.days[-1].date)
    if rng != got:
        return [f"A209 session dates {rng[0]}..{rng[1]} but the annex runs {got[0]}..{got[1]}"]
    return []


def problems(doc):
    return (date_problems(doc) + ref_problems(doc) + annex_problems(doc) + count_problems(doc)
            + opening_problems(doc) + session_problems(doc))


CHECKED = {"A401", "A207", "A203", "A204", "A205", "A206", "A209"}


def main(docs_dir=None):
    bad = 0
    for src, variants in sources.load_sources(os.path.abspath(docs_dir or os.path.join(HERE, "docs"))):
        base = problems(model.Doc(copy.deepcopy(src)))
        for p in base:
            print(f"{src['id']}: {p}")
            bad += 1
        for v in variants:
            s = copy.deepcopy(src)
            v.apply(s)
            got = problems(model.Doc(s))
            new = {p.split(" ", 1)[0] for p in got if p not in base}
            allowed = set(v.must) | set(v.may)
            for code in sorted(new - allowed):
                print(f"{src['id']}--{v.name}: raises {code} but does not expect it: "
                      + "; ".join(p for p in got if p.startswith(code) and p not in base))
                bad += 1
            for code in sorted((set(v.must) & CHECKED) - new):
                # an annex weekday or a time-format fault may be expected without a
                # checkable text fact; only the codes this checker sees are compared
                print(f"{src['id']}--{v.name}: expects {code} but the checker finds no such fault")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
