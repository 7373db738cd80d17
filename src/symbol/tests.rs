//! Unit tests of the symbol module: the test vectors of un-conventions.md §1.2 and §1.3 as
//! tables, the A50x issues with exact spans, and the scanner's invariants on arbitrary text.

use proptest::prelude::*;

use super::*;

/// Well-formed symbols (un-conventions.md §1.2, positive vectors).
const POSITIVE: &[&str] = &[
    "A/75/1",
    "E/CN.7/2020/1",
    "CTOC/COP/WG.6/2020/2",
    "A/HRC/43/1",
    "A/CONF.234/PM.1",
    "S/2020/123",
    "UNEP/EA.5/1/Rev.1",
    "A/76/100*",
    "E/CN.7/2008/CRP.13",
    "A/C.6/75/L.1",
    "A/RES/S-13/2",
    "A/RES/217 (III)",
    "S/RES/1440 (2002)",
    "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1",
    "CAT/C/SR.209",
    "E/CN.4/1996/NGO/75",
    "A/CONF.206/INF.1",
    "UNEP/CBD/BS/WG-L&R/4/1/Add.1",
    "NPT/CONF.2020/PC.I/CRP.2",
    "IDB.49/1/Add.1",
    "CCW/P.V/CONF/2018/5",
    "ST/AI/189/Add.3/Rev.2",
    "UNEP/EA.1/1/Add.1/Rev.1",
    "E/2007/28/Rev.1",
    "CTOC/COP/WG.4/2010/L.1",
    "A/62/17 (Part I)",
    "A/RES/ES-8/2",
    "A/75/1/Summary",
];

/// Malformed symbols and the issues they must raise: (input, [(rule, words of the message)]).
const NEGATIVE: &[(&str, &[(&str, &str)])] = &[
    ("E/CN7/2020/L9", &[("A501", "missing dot in `CN7`"), ("A501", "missing dot in `L9`")]),
    ("CTOC/COP/WG.6/2020 /2", &[("A502", "symbol `CTOC/COP/WG.6/2020/2` is split by a space")]),
    ("A/75/L", &[("A501", "document type `L` without a number")]),
    ("E/CN.7/2020/add.1", &[("A503", "modifier `add.1` is written `Add.1`")]),
    ("A//75/1", &[("A501", "empty component")]),
    ("A/75/1/Rev.0", &[("A503", "modifier `Rev.0` has the number zero")]),
    ("A/CONF.234/1/Rev", &[("A501", "modifier `Rev` without a number")]),
    ("A/CONF.234/1/Rev.\n1", &[("A502", "symbol `A/CONF.234/1/Rev.1` is split by a line break")]),
    ("A/75/1/Rev1", &[("A503", "modifier `Rev1` is written `Rev.1`")]),
    ("A/75/1/Rev. 1", &[("A503", "modifier `Rev. 1` is written `Rev.1`")]),
    ("A/75/1/REV.1", &[("A503", "modifier `REV.1` is written `Rev.1`")]),
    ("A/75/1/Corr.0", &[("A503", "modifier `Corr.0` has the number zero")]),
    ("A/75/1/Rev.01", &[("A503", "modifier `Rev.01` is written `Rev.1`")]),
    ("A/75/1/add 1", &[("A503", "modifier `add 1` is written `Add.1`")]),
    ("A/75/1/summary", &[("A503", "modifier `summary` is written `Summary`")]),
    ("A/75/1/Rev.A", &[("A501", "modifier `Rev.A` needs a number")]),
    ("A/CONF./1", &[("A501", "`CONF.` without a number")]),
    ("A/75/L./Rev.1", &[("A501", "document type `L.` without a number")]),
    ("A/75/", &[("A501", "empty component")]),
    ("A\n\n/76/100*", &[("A502", "symbol `A/76/100*` is split by a line break")]),
];

#[test]
fn positive_vectors_are_clean_symbols() {
    for s in POSITIVE {
        let m = parse(s).unwrap_or_else(|| panic!("`{s}` not parsed as one symbol"));
        assert!(m.issues.is_empty(), "`{s}`: {:?}", m.issues);
        assert!(is_symbol(s), "`{s}`");
        assert_eq!(m.text, *s);
        assert_eq!(m.canonical, canonical(s), "`{s}`");
        assert_eq!(m.reissued, s.ends_with('*'), "`{s}`");
    }
}

#[test]
fn negative_vectors_raise_their_issues() {
    for (s, expected) in NEGATIVE {
        let m = parse(s).unwrap_or_else(|| panic!("`{s}` not parsed as one symbol: {:?}", scan(s, 0)));
        let got: Vec<(&str, String)> = m.issues.iter().map(|i| (i.code(), i.message())).collect();
        assert_eq!(got.len(), expected.len(), "`{s}`: {got:?}");
        for ((code, message), (want_code, want_words)) in got.iter().zip(expected.iter()) {
            assert_eq!(code, want_code, "`{s}`: {got:?}");
            assert!(message.contains(want_words), "`{s}`: `{message}` lacks `{want_words}`");
        }
        assert!(!is_symbol(s), "`{s}`");
    }
}

/// Strings that are not one well-formed symbol, though they may hold one.
#[test]
fn not_single_symbols() {
    for s in
        ["A/75/L 1", "A/CONF.234/1/Rev.", "A/75/1 and", "HIV/AIDS", "2020/21", "9/2", "A/75/1 A/75/2", ""]
    {
        assert!(!is_symbol(s), "`{s}`");
    }
    // `A/75/L 1`: the symbol stops before the space, and says why.
    let found = scan("A/75/L 1", 0);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "A/75/L");
    assert_eq!(found[0].issues[0].message(), "malformed symbol: document type `L` without a number");
}

/// (text, [(matched text, canonical)]): what `scan` finds in running text.
const SCAN: &[(&str, &[(&str, &str)])] = &[
    (
        "The background paper prepared by the Secretariat (CTOC/COP/WG.6/2020/2) \nwill be before it.",
        &[("CTOC/COP/WG.6/2020/2", "CTOC/COP/WG.6/2020/2")],
    ),
    (" 2  A/CONF.234/PM.1, paragraph 173.  ", &[("A/CONF.234/PM.1", "A/CONF.234/PM.1")]),
    (" 1  CTOC/COP/WG.6/2018/4, recommendation 6. ", &[("CTOC/COP/WG.6/2018/4", "CTOC/COP/WG.6/2018/4")]),
    ("Furthermore, in its resolution 9/2, the Conference requested", &[]),
    ("http://undocs.org/CTOC/COP/WG.6/2018/4\nhttp://undocs.org/A/CONF.234/PM.1\n", &[]),
    ("(see https://undocs.org/en/A/75/1) and A/75/2.", &[("A/75/2", "A/75/2")]),
    ("HIV/AIDS, and/or UNCTAD/WTO, 2020/21, 17/03/2020, 5/4 and 9/2 of 2018.", &[]),
    ("undocs.org/A/75/1 www.un.org/A/75/1", &[]),
    ("documents A/75/1 and A/75/2.", &[("A/75/1", "A/75/1"), ("A/75/2", "A/75/2")]),
    ("see A/75/1.\n\n2. Adoption of the agenda", &[("A/75/1", "A/75/1")]),
    (
        "joint E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9 paper",
        &[("E/CN.7/2019/CRP.13", "E/CN.7/2019/CRP.13"), ("E/CN.15/2019/CRP.9", "E/CN.15/2019/CRP.9")],
    ),
    ("E/2020/28 E/CN.7/2020/15", &[("E/2020/28", "E/2020/28"), ("E/CN.7/2020/15", "E/CN.7/2020/15")]),
    ("report (A/76/100*).", &[("A/76/100*", "A/76/100")]),
    ("resolution A/RES/217 (III) of 1948", &[("A/RES/217 (III)", "A/RES/217")]),
    (
        "see A/75/1 (2020) and S/RES/1440 (2002).",
        &[("A/75/1", "A/75/1"), ("S/RES/1440 (2002)", "S/RES/1440")],
    ),
    ("«A/75/1»", &[("A/75/1", "A/75/1")]),
    ("résuméA/75/1 and A/75/1é", &[]),
    ("A/CONF.234/1/Rev.\n\n   1 of 2021", &[("A/CONF.234/1/Rev.\n\n   1", "A/CONF.234/1/Rev.1")]),
    ("the annex A\n\n/76/100* of", &[("A\n\n/76/100*", "A/76/100")]),
    ("A/C.6/7 5 /1 and", &[("A/C.6/7 5 /1", "A/C.6/75/1")]),
    ("CTOC/COP/WG.6/2020/\n2.", &[("CTOC/COP/WG.6/2020/\n2", "CTOC/COP/WG.6/2020/2")]),
    ("A/75/1 and/or 2020/21 budget", &[("A/75/1", "A/75/1")]),
    ("A/75/1 2020/21 budget", &[("A/75/1", "A/75/1")]),
    ("A/75/1/Rev. 1 and", &[("A/75/1/Rev. 1", "A/75/1/Rev.1")]),
    ("COVID-19 and SARS/AIDS", &[]),
    ("...A/75/1...", &[("A/75/1", "A/75/1")]),
];

#[test]
fn scan_running_text() {
    for (text, expected) in SCAN {
        let found = scan(text, 0);
        let got: Vec<(&str, &str)> = found.iter().map(|m| (m.text.as_str(), m.canonical.as_str())).collect();
        assert_eq!(&got, expected, "in `{text}`");
        for m in &found {
            assert_eq!(&text[m.span.start..m.span.end], m.text, "span of `{}`", m.text);
        }
    }
}

/// The seed's Documentation entries and footnotes are clean.
#[test]
fn seed_like_text_is_clean() {
    let text = "In its resolution 5/4, entitled “Illicit manufacturing”, the Conference\n\n\
                Background paper prepared by the Secretariat on ammunition (CTOC/COP/WG.6/2020/2)  \n\n\
                 1  CTOC/COP/WG.6/2018/4, recommendation 6. \n\n 2  A/CONF.234/PM.1, paragraph 173.  \n\n\
                http://undocs.org/CTOC/COP/WG.6/2018/4\nhttp://undocs.org/A/CONF.234/PM.1\n";
    let found = scan(text, 1000);
    let canon: Vec<&str> = found.iter().map(|m| m.canonical.as_str()).collect();
    assert_eq!(canon, ["CTOC/COP/WG.6/2020/2", "CTOC/COP/WG.6/2018/4", "A/CONF.234/PM.1"]);
    assert!(found.iter().all(|m| m.issues.is_empty()));
    assert_eq!(&text[found[2].span.start - 1000..found[2].span.end - 1000], "A/CONF.234/PM.1");
}

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap_or_else(|| panic!("`{needle}` in `{text}`"));
    Span::new(start, start + needle.len())
}

/// (text, the whole symbol, the joined symbol, the gaps to delete) for A502.
const BROKEN: &[(&str, &str, &str, &[&str])] = &[
    ("x A/CONF.234/1/Rev.\n1 y", "A/CONF.234/1/Rev.\n1", "A/CONF.234/1/Rev.1", &["\n"]),
    ("x CTOC/COP/WG.6/2020 /2 y", "CTOC/COP/WG.6/2020 /2", "CTOC/COP/WG.6/2020/2", &[" "]),
    ("x A\n\n  /76/100* y", "A\n\n  /76/100*", "A/76/100*", &["\n\n  "]),
    ("x A/C.6/7 5 /1 y", "A/C.6/7 5 /1", "A/C.6/75/1", &[" ", " "]),
    (
        "x A/CONF.\n234/1/Rev.\r\n\r\n1. y",
        "A/CONF.\n234/1/Rev.\r\n\r\n1",
        "A/CONF.234/1/Rev.1",
        &["\n", "\r\n\r\n"],
    ),
];

#[test]
fn broken_symbols_give_gaps_to_delete() {
    for (text, whole, joined, gap_texts) in BROKEN {
        let found = scan(text, 7);
        assert_eq!(found.len(), 1, "`{text}`: {found:?}");
        let m = &found[0];
        assert_eq!(m.span, span_of(text, whole).shift(7), "`{text}`");
        let [SymbolIssue::Broken { span, joined: got, gaps, .. }] = m.issues.as_slice() else {
            panic!("`{text}`: {:?}", m.issues);
        };
        assert_eq!(*span, m.span);
        assert_eq!(got, joined);
        assert_eq!(m.canonical, canonical(joined));
        let got_gaps: Vec<&str> = gaps.iter().map(|g| &text[g.start - 7..g.end - 7]).collect();
        assert_eq!(&got_gaps, gap_texts, "`{text}`");
        let mut fixed = text.to_string();
        for g in gaps.iter().rev() {
            fixed.replace_range(g.start - 7..g.end - 7, "");
        }
        assert!(fixed.contains(joined), "`{fixed}`");
    }
}

/// Sentences that must not be glued to a symbol.
#[test]
fn no_gluing_to_the_next_word() {
    for text in [
        "A/75/1 and the rest",
        "A/75/1\n\nAdoption of the agenda",
        "A/75/1 2 items",
        "A/75/1\n\n2. Adoption",
        "E/2020/28 E/CN.7/2020/15",
        "A/75/L 1",
        "A/75/1 /",
        "A/75/Rev\n1",
    ] {
        for m in scan(text, 0) {
            assert!(m.issues.iter().all(|i| i.code() != "A502"), "`{text}`: {:?}", m.issues);
        }
    }
}

/// (text, the modifier as printed, its replacement) for A503.
const MODIFIER: &[(&str, &str, Option<&str>)] = &[
    ("A/75/1/add.1 x", "add.1", Some("Add.1")),
    ("A/75/1/Rev1 x", "Rev1", Some("Rev.1")),
    ("A/75/1/Rev. 1 x", "Rev. 1", Some("Rev.1")),
    ("A/75/1/REV.1 x", "REV.1", Some("Rev.1")),
    ("A/75/1/Corr.0 x", "Corr.0", None),
    ("A/75/1/rev.\n2 x", "rev.\n2", Some("Rev.2")),
    ("A/75/1/Add.1/amend.02.", "amend.02", Some("Amend.2")),
];

#[test]
fn modifier_form_gives_exact_replacement() {
    for (text, found_text, replacement) in MODIFIER {
        let found = scan(text, 3);
        assert_eq!(found.len(), 1, "`{text}`");
        let [SymbolIssue::ModifierForm { span, found: got, replacement: repl, .. }] =
            found[0].issues.as_slice()
        else {
            panic!("`{text}`: {:?}", found[0].issues);
        };
        assert_eq!(*span, span_of(text, found_text).shift(3), "`{text}`");
        assert_eq!(got, found_text);
        assert_eq!(repl.as_deref(), *replacement, "`{text}`");
    }
}

#[test]
fn canonical_forms() {
    for (s, want) in [
        ("A/75/1/Rev. 1", "A/75/1/Rev.1"),
        ("A/CONF.234/1/Rev.\n\n1", "A/CONF.234/1/Rev.1"),
        ("  A/76/100* ", "A/76/100"),
        ("A/RES/217 (III)", "A/RES/217"),
        ("A/62/17(PartI)", "A/62/17"),
    ] {
        assert_eq!(canonical(s), want, "`{s}`");
    }
    let m = parse("A/62/17 (Part  I)").expect("a symbol");
    assert_eq!(m.parenthetical.as_deref(), Some("Part I"));
    assert_eq!(parse("S/RES/1440 (2002)").and_then(|m| m.parenthetical).as_deref(), Some("2002"));
}

#[test]
fn series_names() {
    assert_eq!(series("A/HRC/43/1").map(|s| s.0), Some("A/HRC"));
    assert_eq!(series("A/75/1").map(|s| s.0), Some("A"));
    assert_eq!(series("CTOC/COP/WG.6/2020/2").map(|s| s.0), Some("CTOC"));
    assert_eq!(series("E/CN.7/2020/1").map(|s| s.0), Some("E/CN.7"));
    assert_eq!(series("XYZ/1"), None);
}

#[test]
fn links_name_symbols() {
    for (url, want) in [
        ("http://undocs.org/CTOC/COP/WG.6/2018/4", Some("CTOC/COP/WG.6/2018/4")),
        ("https://undocs.org/A/CONF.234/PM.1", Some("A/CONF.234/PM.1")),
        ("https://undocs.org/fr/A/75/1", Some("A/75/1")),
        ("HTTPS://UNDOCS.ORG/en/S/2020/123.", Some("S/2020/123")),
        ("https://daccess-ods.un.org/access.nsf/Get?Open&DS=A/75/1&Lang=E", Some("A/75/1")),
        ("https://docs.un.org/en/S/RES/2733(2024)", Some("S/RES/2733(2024")),
        ("https://docs.un.org/en/CEDAW/C/GC/39", Some("CEDAW/C/GC/39")),
        ("https://example.org/A/75/1", None),
        ("https://undocs.org/", None),
        ("undocs.org/A/75/1", None),
    ] {
        assert_eq!(symbol_from_url(url), want, "`{url}`");
    }
}

/// (text, prefix, station, year, serial, language, dates).
type JobCase = (&'static str, &'static str, &'static str, u8, u32, Option<char>, &'static [(u8, u8, u8)]);
const JOBS: &[JobCase] = &[
    ("V.20-00127 (E)", "V.", "Vienna", 20, 127, Some('E'), &[]),
    ("V.20-07297 (E) 181220 211220", "V.", "Vienna", 20, 7297, Some('E'), &[(18, 12, 20), (21, 12, 20)]),
    ("GE.07-13562 (E) 160807", "GE.", "Geneva", 7, 13562, Some('E'), &[(16, 8, 7)]),
    ("15-15651 (E) 170915", "", "New York", 15, 15651, Some('E'), &[(17, 9, 15)]),
    ("V.17-01709 (S) 130417 130417", "V.", "Vienna", 17, 1709, Some('S'), &[(13, 4, 17), (13, 4, 17)]),
    ("K0360265", "K", "Nairobi", 3, 60265, None, &[]),
    ("V.20-00123 2/6", "V.", "Vienna", 20, 123, None, &[]),
    // Footers and mastheads of real extracts (shared/corpus/un-pdf-extracts).
    (
        "GE.09-17088 (F)    111209    161209 ",
        "GE.",
        "Geneva",
        9,
        17088,
        Some('F'),
        &[(11, 12, 9), (16, 12, 9)],
    ),
    ("GE.09-17088 3 ", "GE.", "Geneva", 9, 17088, None, &[]),
    ("21-02065 (E)    170221 ", "", "New York", 21, 2065, Some('E'), &[(17, 2, 21)]),
    ("21-02065 2/2", "", "New York", 21, 2065, None, &[]),
    ("25-05237", "", "New York", 25, 5237, None, &[]),
    ("B24-00731 (E)   TP050324", "B", "Bangkok", 24, 731, Some('E'), &[(5, 3, 24)]),
    ("B24-00731 3/12", "B", "Bangkok", 24, 731, None, &[]),
];

#[test]
fn job_numbers_parse() {
    for (s, prefix, station, year, serial, language, dates) in JOBS {
        let j = parse_job_number(s).unwrap_or_else(|| panic!("`{s}`: {:?}", check_job_number(s)));
        assert_eq!(
            (j.prefix.as_str(), j.station.as_deref(), j.year, j.serial, j.language, j.dates.as_slice()),
            (*prefix, Some(*station), *year, *serial, *language, *dates),
            "`{s}`"
        );
    }
    let j = parse_job_number("V.20-00127 (E) 080120").expect("a job number");
    assert_eq!(
        (j.full_year(), j.barcode(), j.language_code(), j.len),
        (2020, "2000127".to_string(), Some("en"), 21)
    );
    assert!(barcode_matches(&j, "*2000127*"));
    assert!(!barcode_matches(&j, "*2000172*"));
    assert_eq!(barcode_digits(" *2000127* "), Some("2000127"));
    assert_eq!(barcode_digits("*200012*"), None);
    assert_eq!(parse_job_number("GE.98-10001 (F)").map(|j| j.full_year()), Some(1998));
}

/// Job-number-like text and why it is malformed (A507); and text that is not job-number-like.
#[test]
fn job_number_format() {
    for (s, words) in [
        ("V.2O-07297 (E)", "letter `O` where a digit belongs in the year `2O`"),
        ("V.20-7297(E)", "serial `7297` has 4 digits, not 5; no space before `(E)`"),
        ("V.20-07297 (Q)", "unknown language letter `Q`"),
        ("V.20-07297 (E) 321320", "processing date `321320` is not a DDMMYY date"),
        ("GE.20-0l234 (E)", "letter `l` where a digit belongs"),
    ] {
        match check_job_number(s) {
            Some(Err(e)) => assert!(e.reason.contains(words), "`{s}`: `{}`", e.reason),
            other => panic!("`{s}`: {other:?}"),
        }
    }
    for s in [
        "15-1565",
        "2O-15651",
        "Fig.20-12345 (E)",
        "X.20-12345 (E)",
        "2020-2021",
        "V.20-12345x",
        "hello",
        "Q24-00731 (E)",
        "B24-00731x",
    ] {
        assert!(check_job_number(s).is_none(), "`{s}`: {:?}", check_job_number(s));
    }
}

#[test]
fn tables_load() {
    let t = table::tables();
    assert!(t.doctypes.contains_key("PM"));
    assert!(t.series_heads.contains("A") && t.series_heads.contains("CTOC"));
    assert_eq!(t.modifier("rev").map(|(name, _)| name), Some("Rev"));
}

#[test]
fn no_slash_no_allocation() {
    assert_eq!(scan("no symbol here, only words and 2020.", 0).capacity(), 0);
}

/// The edits of each match never overlap, and applying them leaves a symbol with nothing more
/// to fix: the fixes are idempotent.
fn fixes_are_sound(text: &str) -> bool {
    for m in scan(text, 0) {
        let mut edits: Vec<(Span, &str)> = Vec::new();
        for issue in &m.issues {
            match issue {
                SymbolIssue::Broken { gaps, .. } => edits.extend(gaps.iter().map(|g| (*g, ""))),
                SymbolIssue::ModifierForm { span, replacement: Some(r), .. } => edits.push((*span, r)),
                _ => {}
            }
        }
        if edits.is_empty() {
            continue;
        }
        edits.sort_by_key(|(s, _)| s.start);
        if edits.windows(2).any(|w| w[0].0.end > w[1].0.start) {
            return false;
        }
        let mut fixed = text[m.span.start..m.span.end].to_string();
        for (span, r) in edits.iter().rev() {
            fixed.replace_range(span.start - m.span.start..span.end - m.span.start, r);
        }
        let Some(again) = parse(&fixed) else { return false };
        let fixable = |i: &SymbolIssue| {
            matches!(i, SymbolIssue::Broken { .. } | SymbolIssue::ModifierForm { replacement: Some(_), .. })
        };
        if again.issues.iter().any(fixable) || again.canonical != canonical(&fixed) {
            return false;
        }
    }
    true
}

#[test]
fn fixes_apply_cleanly() {
    for (text, ..) in BROKEN {
        assert!(fixes_are_sound(text), "`{text}`");
    }
    for (text, ..) in MODIFIER {
        assert!(fixes_are_sound(text), "`{text}`");
    }
    assert!(fixes_are_sound("A/75/1/rev. 01/ADD\n2 and A/C.6/7 5 /1/Rev. 1"));
}

proptest! {
    #[test]
    fn scan_spans_are_sound(text in "[A-Za-z0-9./ \n*()&:-]{0,80}|\\PC{0,80}", base in 0usize..1000) {
        let found = scan(&text, base);
        let mut last_end = base;
        for m in &found {
            prop_assert!(m.span.start >= last_end && m.span.start < m.span.end);
            prop_assert!(m.span.end <= base + text.len());
            prop_assert!(text.is_char_boundary(m.span.start - base) && text.is_char_boundary(m.span.end - base));
            prop_assert_eq!(&text[m.span.start - base..m.span.end - base], m.text.as_str());
            prop_assert_eq!(canonical(&m.text), m.canonical.clone());
            for issue in &m.issues {
                prop_assert!(m.span.contains(issue.span()), "{:?} outside {:?}", issue, m.span);
            }
            last_end = m.span.end;
        }
    }

    #[test]
    fn symbol_soup_never_panics(parts in proptest::collection::vec(
        "A|E|CTOC|CN|CN7|WG.6|2020|/|//| |\n|Rev.|Rev|add|1|0|L|\\*|\\(III\\)|-|\\.|http://|é", 0..30)) {
        let text: String = parts.concat();
        for m in scan(&text, 0) {
            prop_assert_eq!(&text[m.span.start..m.span.end], m.text.as_str());
        }
        let _ = is_symbol(&text);
        prop_assert!(fixes_are_sound(&text), "fixes of `{:?}`", text);
        let _ = check_job_number(&text);
        let _ = symbol_from_url(&text);
    }
}
