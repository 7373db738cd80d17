//! Dates: recognition with exact spans, values, repairs (A402, A405), A403 and day labels.

use super::{apply_all, lang};
use crate::datetime::{DateKind, IssueKind, Weekday, find_dates, parse_day_label, parse_day_label_prefix};
use crate::model::Language;

/// (language, text, dates found as printed joined by `|`, text after the A402/A405 repairs).
const FORMS: &[(&str, &str, &str, &str)] = &[
    // English: standard forms stay as they are.
    ("en", "on 17 March 2020.", "17 March 2020", "on 17 March 2020."),
    (
        "en",
        "on Tuesday, 17 March 2020, at 10 a.m.",
        "Tuesday, 17 March 2020",
        "on Tuesday, 17 March 2020, at 10 a.m.",
    ),
    (
        "en",
        "held on 17 and\n18 March 2020 in Vienna",
        "17 and\n18 March 2020",
        "held on 17 and\n18 March 2020 in Vienna",
    ),
    ("en", "Vienna, 15–19 October 2018", "15–19 October 2018", "Vienna, 15–19 October 2018"),
    (
        "en",
        "held 30 September–2 October 2020",
        "30 September–2 October 2020",
        "held 30 September–2 October 2020",
    ),
    (
        "en",
        "from 30 September–2 October 2020",
        "30 September–2 October 2020",
        "from 30 September to 2 October 2020",
    ),
    ("en", "by 17 March.", "17 March", "by 17 March."),
    ("en", "in March 17 March 2020", "17 March 2020", "in March 17 March 2020"),
    // English: repaired forms.
    ("en", "on March 17, 2020.", "March 17, 2020", "on 17 March 2020."),
    ("en", "on 17th March 2020", "17th March 2020", "on 17 March 2020"),
    ("en", "on 1st and 2nd June", "1st and 2nd June", "on 1 and 2 June"),
    ("en", "on Tuesday 17 March 2020", "Tuesday 17 March 2020", "on Tuesday, 17 March 2020"),
    ("en", "on Tuesday, March 17, 2020,", "Tuesday, March 17, 2020", "on Tuesday, 17 March 2020,"),
    ("en", "on March 17–18, 2020", "March 17–18, 2020", "on 17–18 March 2020"),
    ("en", "on 17 March, 2020", "17 March, 2020", "on 17 March 2020"),
    ("en", "on 17 Mar. 2020", "17 Mar. 2020", "on 17 March 2020"),
    ("en", "on 17 march 2020", "17 march 2020", "on 17 March 2020"),
    ("en", "on Tues. 17 March", "Tues. 17 March", "on Tuesday, 17 March"),
    ("en", "on 07 March 2020", "07 March 2020", "on 7 March 2020"),
    ("en", "Vienna, 15-19 October 2018", "15-19 October 2018", "Vienna, 15–19 October 2018"),
    ("en", "Vienna, 15 – 19 October 2018", "15 – 19 October 2018", "Vienna, 15–19 October 2018"),
    ("en", "TUESDAY, 17 MARCH 2020", "TUESDAY, 17 MARCH 2020", "TUESDAY, 17 MARCH 2020"),
    ("en", "held from 15–19 October 2018", "15–19 October 2018", "held from 15 to 19 October 2018"),
    ("en", "between 17-18 March", "17-18 March", "between 17 and 18 March"),
    ("en", "from 15 to 19 October 2018", "15 to 19 October 2018", "from 15 to 19 October 2018"),
    // English: not dates.
    ("en", "resolution 9/2 March", "", "resolution 9/2 March"),
    ("en", "held in April 2020", "", "held in April 2020"),
    ("en", "paragraph 3.5 and item 2 may be", "", "paragraph 3.5 and item 2 may be"),
    ("en", "A/CONF.234/PM.1, paragraph 173", "", "A/CONF.234/PM.1, paragraph 173"),
    ("en", "item 3 and 4 Other matters", "", "item 3 and 4 Other matters"),
    ("en", "on 132 March", "", "on 132 March"),
    ("en", "on 32 March", "", "on 32 March"),
    // French.
    ("fr", "le mardi 17 mars 2020 à 10 heures", "mardi 17 mars 2020", "le mardi 17 mars 2020 à 10 heures"),
    ("fr", "Mardi 17 mars 2020", "Mardi 17 mars 2020", "Mardi 17 mars 2020"),
    ("fr", "s'ouvrira le Mardi 17 Mars 2020", "Mardi 17 Mars 2020", "s'ouvrira le mardi 17 mars 2020"),
    ("fr", "le 1 mars 2020", "1 mars 2020", "le 1er mars 2020"),
    ("fr", "le 1er mars", "1er mars", "le 1er mars"),
    ("fr", "le 1re mars", "1re mars", "le 1er mars"),
    ("fr", "le 2e mars", "2e mars", "le 2 mars"),
    ("fr", "le mardi, 17 mars", "mardi, 17 mars", "le mardi 17 mars"),
    ("fr", "Vienne, 12-15 juillet 2021", "12-15 juillet 2021", "Vienne, 12-15 juillet 2021"),
    ("fr", "du 12 au 15 juillet 2021", "12 au 15 juillet 2021", "du 12 au 15 juillet 2021"),
    ("fr", "les 12 et 13 mars 2020", "12 et 13 mars 2020", "les 12 et 13 mars 2020"),
    ("fr", "le 17 fevrier 2020", "17 fevrier 2020", "le 17 février 2020"),
    ("fr", "le 17 sept. 2020", "17 sept. 2020", "le 17 septembre 2020"),
    ("fr", "les 1re et 2e séances", "", "les 1re et 2e séances"),
    ("fr", "sept 17 mars", "17 mars", "sept 17 mars"),
    // Spanish.
    ("es", "el martes 17 de marzo de 2020", "martes 17 de marzo de 2020", "el martes 17 de marzo de 2020"),
    (
        "es",
        "el lunes, 5 de mayo de 2003, a las 10.00 horas",
        "lunes, 5 de mayo de 2003",
        "el lunes, 5 de mayo de 2003, a las 10.00 horas",
    ),
    ("es", "el 17 marzo 2020", "17 marzo 2020", "el 17 de marzo de 2020"),
    ("es", "los días 2 y 3 de mayo de 2018", "2 y 3 de mayo de 2018", "los días 2 y 3 de mayo de 2018"),
    (
        "es",
        "del 15 al 19 de octubre de 2012",
        "15 al 19 de octubre de 2012",
        "del 15 al 19 de octubre de 2012",
    ),
    (
        "es",
        "Viena, 15 a 19 de octubre de 2012",
        "15 a 19 de octubre de 2012",
        "Viena, 15 a 19 de octubre de 2012",
    ),
    (
        "es",
        "Viena, 15–19 de octubre de 2012",
        "15–19 de octubre de 2012",
        "Viena, 15 a 19 de octubre de 2012",
    ),
    ("es", "del 15–19 de octubre de 2012", "15–19 de octubre de 2012", "del 15 al 19 de octubre de 2012"),
    ("es", "el Martes 17 de Marzo", "Martes 17 de Marzo", "el martes 17 de marzo"),
    ("es", "el 1.º de mayo de 2020", "1.º de mayo de 2020", "el 1 de mayo de 2020"),
    ("es", "el miercoles 18 de marzo", "miercoles 18 de marzo", "el miércoles 18 de marzo"),
    ("es", "el 17 de marzo, 2020", "17 de marzo, 2020", "el 17 de marzo de 2020"),
    ("es", "la resolución 9/2 de marzo", "", "la resolución 9/2 de marzo"),
];

#[test]
fn date_forms() {
    for &(code, text, found, fixed) in FORMS {
        let dates = find_dates(text, 0, lang(code));
        let printed: Vec<&str> = dates.iter().map(|d| &text[d.span.start..d.span.end]).collect();
        assert_eq!(printed.join("|"), found, "dates of {text:?}");
        let issues = dates.iter().flat_map(|d| &d.issues).filter(|i| i.kind != IssueKind::ClauseComma);
        assert_eq!(apply_all(text, issues), fixed, "repair of {text:?}");
        // A repaired text has nothing left to repair.
        let again = find_dates(fixed, 0, lang(code));
        let left: Vec<_> =
            again.iter().flat_map(|d| &d.issues).filter(|i| i.kind != IssueKind::ClauseComma).collect();
        assert!(left.is_empty(), "{fixed:?} still has {left:?}");
        for d in &dates {
            let r = d.replacement(text, 0);
            assert_eq!(r.is_some(), d.issues.iter().any(|i| i.kind != IssueKind::ClauseComma), "{text:?}");
        }
    }
}

/// (language, text, kind, start (day, month, year), end, printed weekday of the start).
type Values = (
    &'static str,
    &'static str,
    DateKind,
    (u32, u32, Option<i32>),
    Option<(u32, u32, Option<i32>)>,
    Option<Weekday>,
);

const VALUES: &[Values] = &[
    ("en", "Tuesday, 17 March 2020", DateKind::Single, (17, 3, Some(2020)), None, Some(Weekday::Tuesday)),
    ("en", "17 and 18 March 2020", DateKind::Pair, (17, 3, Some(2020)), Some((18, 3, Some(2020))), None),
    ("en", "15–19 October 2018", DateKind::Range, (15, 10, Some(2018)), Some((19, 10, Some(2018))), None),
    (
        "en",
        "30 December–2 January 2020",
        DateKind::Range,
        (30, 12, Some(2019)),
        Some((2, 1, Some(2020))),
        None,
    ),
    (
        "en",
        "30 December 2019 to 2 January 2020",
        DateKind::Range,
        (30, 12, Some(2019)),
        Some((2, 1, Some(2020))),
        None,
    ),
    ("en", "March 17, 2020", DateKind::Single, (17, 3, Some(2020)), None, None),
    ("en", "Wednesday, 18 March", DateKind::Single, (18, 3, None), None, Some(Weekday::Wednesday)),
    ("fr", "mardi 17 mars 2020", DateKind::Single, (17, 3, Some(2020)), None, Some(Weekday::Tuesday)),
    ("fr", "12-15 juillet 2021", DateKind::Range, (12, 7, Some(2021)), Some((15, 7, Some(2021))), None),
    ("fr", "1er août", DateKind::Single, (1, 8, None), None, None),
    ("es", "martes 17 de marzo de 2020", DateKind::Single, (17, 3, Some(2020)), None, Some(Weekday::Tuesday)),
    ("es", "2 y 3 de mayo de 2018", DateKind::Pair, (2, 5, Some(2018)), Some((3, 5, Some(2018))), None),
    (
        "es",
        "15 a 19 de octubre de 2012",
        DateKind::Range,
        (15, 10, Some(2012)),
        Some((19, 10, Some(2012))),
        None,
    ),
    ("es", "sábado 17 de diciembre", DateKind::Single, (17, 12, None), None, Some(Weekday::Saturday)),
];

#[test]
fn date_values() {
    for &(code, text, kind, start, end, wd) in VALUES {
        let dates = find_dates(text, 0, lang(code));
        assert_eq!(dates.len(), 1, "{text:?}");
        let d = &dates[0];
        assert_eq!(d.kind, kind, "{text:?}");
        assert_eq!((d.start.day, d.start.month, d.start.year), start, "start of {text:?}");
        assert_eq!(d.end.as_ref().map(|e| (e.day, e.month, e.year)), end, "end of {text:?}");
        assert_eq!(d.start.weekday.map(|w| w.weekday), wd, "weekday of {text:?}");
    }
}

#[test]
fn part_spans_are_exact_and_offset_by_base() {
    let text = "opened on Tuesday, 17 March\n\n2020 at 10 a.m.";
    let base = 1000;
    let dates = find_dates(text, base, Language::En);
    assert_eq!(dates.len(), 1);
    let d = &dates[0];
    let at = |s: crate::span::Span| &text[s.start - base..s.end - base];
    assert_eq!(at(d.span), "Tuesday, 17 March\n\n2020");
    assert_eq!(at(d.start.weekday.expect("weekday").span), "Tuesday");
    assert_eq!(at(d.start.day_span), "17");
    assert_eq!(at(d.start.month_span), "March");
    assert_eq!(at(d.start.year_span.expect("year")), "2020");

    let text = "on 17th and 18th Mar. 2020";
    let d = &find_dates(text, 0, Language::En)[0];
    let end = d.end.as_ref().expect("pair");
    assert_eq!(&text[d.start.day_span.start..d.start.day_span.end], "17th");
    assert_eq!(&text[end.day_span.start..end.day_span.end], "18th");
    assert_eq!(d.start.month_span, end.month_span, "the month printed once belongs to both days");
    assert_eq!(&text[end.month_span.start..end.month_span.end], "Mar.");
}

#[test]
fn seed_dates() {
    // Excerpts of the seed (shared/seeds/000_46dd32e2a39a25f9.txt), line breaks kept.
    let text = "The meeting of the Working Group on Firearms will be opened on Tuesday, 17 March \n\n\
        2020 at 10 a.m. \n\n to be held in Vienna on 17 and \n\n18 March 2020. On 12 November 2019, the Secretariat \
        submitted \n\n convened on 17 December 2019 \n\n held in Vienna on 2 and 3 May 2018, the Working \n\n \
        held in April 2020, is to address";
    let dates = find_dates(text, 0, Language::En);
    let found: Vec<String> =
        dates.iter().map(|d| d.days(0).iter().map(|c| c.iso()).collect::<Vec<_>>().join(",")).collect();
    assert_eq!(
        found,
        ["2020-03-17", "2020-03-17,2020-03-18", "2019-11-12", "2019-12-17", "2018-05-02,2018-05-03"]
    );
    assert!(dates.iter().all(|d| d.points().all(|p| p.weekday_mismatch().is_none() && p.is_valid())));
    // Only the seed's A403 case, and nothing for A402 or A405.
    let other: Vec<_> =
        dates.iter().flat_map(|d| &d.issues).filter(|i| i.kind != IssueKind::ClauseComma).collect();
    assert!(other.is_empty(), "{other:?}");
    let commas: Vec<usize> = dates.iter().filter_map(|d| d.clause_comma()).collect();
    let after_2020 = text.find("2020 at").expect("in the text") + 4;
    assert_eq!(commas, [after_2020]);
}

#[test]
fn clause_comma() {
    // (language, text, comma inserted after this prefix, or none)
    let table = [
        ("en", "opened on Tuesday, 17 March\n\n2020 at 10 a.m.", Some("opened on Tuesday, 17 March\n\n2020")),
        ("en", "opened on Tuesday, 17 March 2020 in Vienna", Some("opened on Tuesday, 17 March 2020")),
        ("en", "opened on Tuesday, 17 March 2020, at 10 a.m.", None),
        ("en", "opened on Tuesday, 17 March 2020.", None),
        ("en", "opened on Tuesday, 17 March at 10 a.m.", None),
        ("en", "opened on 17 March 2020 at 10 a.m.", None),
        ("en", "Tuesday, 17 March 2020\n\nItem 1", None),
        ("fr", "le mardi 17 mars 2020 à 10 heures", None),
        ("es", "el martes 17 de marzo de 2020 a las 10.00 horas", None),
    ];
    for (code, text, prefix) in table {
        let commas: Vec<usize> =
            find_dates(text, 0, lang(code)).iter().filter_map(|d| d.clause_comma()).collect();
        assert_eq!(commas, prefix.map(str::len).into_iter().collect::<Vec<_>>(), "{text:?}");
    }
}

#[test]
fn validity_and_weekday_mismatch() {
    // (language, text, valid, actual weekday when the printed one is wrong)
    let table = [
        ("en", "31 April 2020", false, None),
        ("en", "29 February 2019", false, None),
        ("en", "29 February 2020", true, None),
        ("en", "29 February", true, None),
        ("en", "Monday, 17 March 2020", true, Some(Weekday::Tuesday)),
        ("en", "Tuesday, 17 March 2020", true, None),
        ("fr", "lundi 17 mars 2020", true, Some(Weekday::Tuesday)),
        ("es", "lunes 17 de marzo de 2020", true, Some(Weekday::Tuesday)),
        ("es", "martes 17 de marzo de 2020", true, None),
    ];
    for (code, text, valid, actual) in table {
        let dates = find_dates(text, 0, lang(code));
        assert_eq!(dates.len(), 1, "{text:?}");
        assert_eq!(dates[0].start.is_valid(), valid, "{text:?}");
        assert_eq!(dates[0].start.weekday_mismatch(), actual, "{text:?}");
    }
    // An annex header without a year, checked in the year inferred elsewhere.
    let d = &find_dates("Monday, 17 March", 0, Language::En)[0];
    assert_eq!(d.start.weekday_mismatch(), None);
    assert_eq!(d.start.weekday_mismatch_in(2020), Some(Weekday::Tuesday));
}

#[test]
fn days_of_ranges() {
    let d = &find_dates("15–19 October 2018", 0, Language::En)[0];
    let days: Vec<String> = d.days(0).iter().map(|c| c.iso()).collect();
    assert_eq!(days, ["2018-10-15", "2018-10-16", "2018-10-17", "2018-10-18", "2018-10-19"]);
    let d = &find_dates("30 December–2 January 2020", 0, Language::En)[0];
    assert_eq!(d.days(0).len(), 4);
    let d = &find_dates("17 and 19 March", 0, Language::En)[0];
    let days: Vec<String> = d.days(2020).iter().map(|c| c.iso()).collect();
    assert_eq!(days, ["2020-03-17", "2020-03-19"]);
    let d = &find_dates("31 April 2020", 0, Language::En)[0];
    assert!(d.days(0).is_empty());
}

#[test]
fn day_labels() {
    // (language, label, weekday, day, month, year)
    let table = [
        ("en", "Tuesday, 17 March", Some(Weekday::Tuesday), 17, 3, None),
        ("en", "Wednesday, 18 March   ", Some(Weekday::Wednesday), 18, 3, None),
        ("en", " Tuesday, 17 March 2020", Some(Weekday::Tuesday), 17, 3, Some(2020)),
        ("en", "17 March", None, 17, 3, None),
        ("fr", "mardi 17 mars", Some(Weekday::Tuesday), 17, 3, None),
        ("fr", "Mercredi 18 mars", Some(Weekday::Wednesday), 18, 3, None),
        ("es", "martes 17 de marzo", Some(Weekday::Tuesday), 17, 3, None),
        ("es", "Miércoles, 18 de marzo de 2020", Some(Weekday::Wednesday), 18, 3, Some(2020)),
    ];
    for (code, s, wd, day, month, year) in table {
        let label = parse_day_label(s, lang(code)).unwrap_or_else(|| panic!("{s:?} is a day label"));
        assert_eq!((label.weekday, label.day, label.month, label.year), (wd, day, month, year), "{s:?}");
        assert_eq!(&s[label.span.start..label.span.end], s.trim(), "{s:?}");
    }
    for (code, s) in [
        ("en", "Date and time Agenda item Title or description"),
        ("en", "17 and 18 March"),
        ("en", "Tuesday, 17 March 10 a.m."),
        ("en", "3–6 p.m. 2 Responsiveness"),
        ("fr", "Questions diverses"),
    ] {
        assert_eq!(parse_day_label(s, lang(code)), None, "{s:?}");
    }
    let (label, end) =
        parse_day_label_prefix("Tuesday, 17 March 10 a.m.–1 p.m.", Language::En).expect("a label");
    assert_eq!((label.day, end), (17, "Tuesday, 17 March".len()));
}
