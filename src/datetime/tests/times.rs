//! Times: recognition with exact spans, 24-hour values, repairs (A404, A405) and annex cells.

use super::{apply_all, lang};
use crate::datetime::{IssueKind, find_times, parse_time_range, parse_time_range_prefix};

/// (language, text, times found as printed joined by `|`, their values `HH:MM[-HH:MM]` joined
/// by `|`, text after the repairs).
const FORMS: &[(&str, &str, &str, &str, &str)] = &[
    // English: standard forms.
    ("en", "at 10 a.m.", "10 a.m.", "10:00", "at 10 a.m."),
    ("en", "at 10.30 a.m. and 3 p.m.", "10.30 a.m.|3 p.m.", "10:30|15:00", "at 10.30 a.m. and 3 p.m."),
    ("en", "3–6 p.m.", "3–6 p.m.", "15:00-18:00", "3–6 p.m."),
    ("en", "10 a.m.–1 p.m.", "10 a.m.–1 p.m.", "10:00-13:00", "10 a.m.–1 p.m."),
    ("en", "from 10 a.m. to 1 p.m.", "10 a.m. to 1 p.m.", "10:00-13:00", "from 10 a.m. to 1 p.m."),
    ("en", "from 10 to 11.30 a.m.", "10 to 11.30 a.m.", "10:00-11:30", "from 10 to 11.30 a.m."),
    ("en", "12.30 p.m.", "12.30 p.m.", "12:30", "12.30 p.m."),
    ("en", "noon–3 p.m.", "noon–3 p.m.", "12:00-15:00", "noon–3 p.m."),
    ("en", "10 a.m.–noon", "10 a.m.–noon", "10:00-12:00", "10 a.m.–noon"),
    (
        "en",
        "10 a.m.–1 p.m. 1 (a) Opening of the meeting",
        "10 a.m.–1 p.m.",
        "10:00-13:00",
        "10 a.m.–1 p.m. 1 (a) Opening of the meeting",
    ),
    ("en", "at 10\na.m.", "10\na.m.", "10:00", "at 10\na.m."),
    // English: A404 repairs.
    ("en", "at 10:30 AM", "10:30 AM", "10:30", "at 10.30 a.m."),
    ("en", "at 10.00 a.m.", "10.00 a.m.", "10:00", "at 10 a.m."),
    ("en", "at 10 am", "10 am", "10:00", "at 10 a.m."),
    ("en", "at 10am", "10am", "10:00", "at 10 a.m."),
    ("en", "ends at 2 pm.", "2 pm", "14:00", "ends at 2 p.m."),
    ("en", "at 09.30 a.m.", "09.30 a.m.", "09:30", "at 9.30 a.m."),
    ("en", "at 12 p.m.", "12 p.m.", "12:00", "at noon"),
    ("en", "at 12 a.m.", "12 a.m.", "00:00", "at midnight"),
    ("en", "at 12 noon", "12 noon", "12:00", "at noon"),
    ("en", "at 3 P.M.", "3 P.M.", "15:00", "at 3 p.m."),
    // English: A405 repairs.
    ("en", "3-6 p.m.", "3-6 p.m.", "15:00-18:00", "3–6 p.m."),
    ("en", "10 a.m. – 1 p.m.", "10 a.m. – 1 p.m.", "10:00-13:00", "10 a.m.–1 p.m."),
    ("en", "10 a.m. - 1 p.m.", "10 a.m. - 1 p.m.", "10:00-13:00", "10 a.m.–1 p.m."),
    ("en", "3 p.m.–6 p.m.", "3 p.m.–6 p.m.", "15:00-18:00", "3–6 p.m."),
    ("en", "6 p.m.–3 p.m.", "6 p.m.–3 p.m.", "18:00-15:00", "6 p.m.–3 p.m."),
    ("en", "3 PM - 6 PM", "3 PM - 6 PM", "15:00-18:00", "3–6 p.m."),
    ("en", "10–1 p.m.", "10–1 p.m.", "10:00-13:00", "10 a.m.–1 p.m."),
    ("en", "12 p.m.–3 p.m.", "12 p.m.–3 p.m.", "12:00-15:00", "noon–3 p.m."),
    ("en", "11–12 p.m.", "11–12 p.m.", "11:00-12:00", "11 a.m.–noon"),
    ("en", "from 3–6 p.m.", "3–6 p.m.", "15:00-18:00", "from 3 to 6 p.m."),
    ("en", "from 3 p.m.-6 p.m.", "3 p.m.-6 p.m.", "15:00-18:00", "from 3 to 6 p.m."),
    ("en", "between 10 a.m. – 1 p.m.", "10 a.m. – 1 p.m.", "10:00-13:00", "between 10 a.m. and 1 p.m."),
    ("en", "10 a.m.–1\np.m.", "10 a.m.–1\np.m.", "10:00-13:00", "10 a.m.–1\np.m."),
    // English: not times.
    ("en", "paragraph 3.5", "", "", "paragraph 3.5"),
    ("en", "resolution 9/2", "", "", "resolution 9/2"),
    ("en", "A/CONF.10.30 a.m.", "", "", "A/CONF.10.30 a.m."),
    ("en", "10 amendments at 17 March", "", "", "10 amendments at 17 March"),
    ("en", "13 p.m.", "", "", "13 p.m."),
    ("en", "on 17 March 2020", "", "", "on 17 March 2020"),
    ("en", "items 3-6", "", "", "items 3-6"),
    // French.
    ("fr", "à 10 heures", "10 heures", "10:00", "à 10 heures"),
    ("fr", "à 15 h 10", "15 h 10", "15:10", "à 15 h 10"),
    ("fr", "10 heures-13 heures", "10 heures-13 heures", "10:00-13:00", "10 heures-13 heures"),
    ("fr", "de 10 heures à 13 heures", "10 heures à 13 heures", "10:00-13:00", "de 10 heures à 13 heures"),
    ("fr", "de 15 à 18 heures", "15 à 18 heures", "15:00-18:00", "de 15 à 18 heures"),
    ("fr", "à 10h30", "10h30", "10:30", "à 10 h 30"),
    ("fr", "à 10 h", "10 h", "10:00", "à 10 heures"),
    ("fr", "à 10:30", "", "", "à 10:30"),
    ("fr", "à 10 h 00", "10 h 00", "10:00", "à 10 heures"),
    ("fr", "de 10 heures à midi", "10 heures à midi", "10:00-12:00", "de 10 heures à midi"),
    (
        "fr",
        "10 heures-13 heures 12 Questions diverses",
        "10 heures-13 heures",
        "10:00-13:00",
        "10 heures-13 heures 12 Questions diverses",
    ),
    ("fr", "à 09 heures", "09 heures", "09:00", "à 9 heures"),
    ("fr", "le point 2 h) de l'ordre du jour", "", "", "le point 2 h) de l'ordre du jour"),
    ("fr", "le point 3 à 10 heures", "10 heures", "10:00", "le point 3 à 10 heures"),
    // Spanish.
    ("es", "a las 10.00 horas", "10.00 horas", "10:00", "a las 10.00 horas"),
    (
        "es",
        "de las 10.00 a las 13.00 horas",
        "10.00 a las 13.00 horas",
        "10:00-13:00",
        "de las 10.00 a las 13.00 horas",
    ),
    ("es", "10.00 a 13.00 horas", "10.00 a 13.00 horas", "10:00-13:00", "10.00 a 13.00 horas"),
    ("es", "10.00-13.00 horas", "10.00-13.00 horas", "10:00-13:00", "10.00 a 13.00 horas"),
    ("es", "15.00 – 18.00 horas", "15.00 – 18.00 horas", "15:00-18:00", "15.00 a 18.00 horas"),
    ("es", "a las 10:00 horas", "10:00 horas", "10:00", "a las 10.00 horas"),
    ("es", "a las 10 horas", "10 horas", "10:00", "a las 10.00 horas"),
    ("es", "a las 15.30 h", "15.30 h", "15:30", "a las 15.30 horas"),
    ("es", "de las 10 a las 13 horas", "10 a las 13 horas", "10:00-13:00", "de las 10.00 a las 13.00 horas"),
    ("es", "durante 3 horas", "", "", "durante 3 horas"),
    ("es", "el tema 3 a las 10.00 horas", "10.00 horas", "10:00", "el tema 3 a las 10.00 horas"),
    ("es", "el tema 2 h) del programa", "", "", "el tema 2 h) del programa"),
];

#[test]
fn time_forms() {
    for &(code, text, found, values, fixed) in FORMS {
        let times = find_times(text, 0, lang(code));
        let printed: Vec<&str> = times.iter().map(|t| &text[t.span.start..t.span.end]).collect();
        assert_eq!(printed.join("|"), found, "times of {text:?}");
        let vals: Vec<String> = times
            .iter()
            .map(|t| match t.end {
                Some(e) => format!("{}-{}", t.start.time, e.time),
                None => t.start.time.hhmm(),
            })
            .collect();
        assert_eq!(vals.join("|"), values, "values of {text:?}");
        assert_eq!(apply_all(text, times.iter().flat_map(|t| &t.issues)), fixed, "repair of {text:?}");
        // A repaired text has nothing left to repair.
        let left: Vec<_> = find_times(fixed, 0, lang(code)).into_iter().flat_map(|t| t.issues).collect();
        assert!(left.is_empty(), "{fixed:?} still has {left:?}");
    }
}

#[test]
fn issue_kinds() {
    // (language, text, kinds of the issues in order)
    let table: &[(&str, &str, &[IssueKind])] = &[
        ("en", "10:30 AM", &[IssueKind::TimeSeparator]),
        ("en", "10.00 a.m.", &[IssueKind::ZeroMinutes]),
        ("en", "10 am", &[IssueKind::MeridiemForm]),
        ("en", "12 p.m.", &[IssueKind::Noon]),
        ("en", "12 a.m.", &[IssueKind::Midnight]),
        ("en", "09.30 a.m.", &[IssueKind::HourLeadingZero]),
        ("en", "3-6 p.m.", &[IssueKind::RangeDash]),
        ("en", "10 a.m. – 1 p.m.", &[IssueKind::SpacedRangeDash]),
        ("en", "3 p.m.–6 p.m.", &[IssueKind::RepeatedMeridiem]),
        ("en", "3 pm-6 pm", &[IssueKind::RepeatedMeridiem, IssueKind::RangeDash, IssueKind::MeridiemForm]),
        ("en", "10–1 p.m.", &[IssueKind::MissingMeridiem]),
        ("en", "from 3–6 p.m.", &[IssueKind::DashAfterIntro]),
        ("fr", "10h", &[IssueKind::HourWord]),
        ("es", "a las 10 horas", &[IssueKind::MissingMinutes]),
    ];
    for &(code, text, kinds) in table {
        let found: Vec<IssueKind> =
            find_times(text, 0, lang(code)).iter().flat_map(|t| &t.issues).map(|i| i.kind).collect();
        assert_eq!(found, kinds, "{text:?}");
        assert!(found.iter().all(|k| matches!(k.rule(), "A404" | "A405")));
    }
}

#[test]
fn annex_time_cells() {
    // (language, cell, start, end)
    let table = [
        ("en", "10 a.m.–1 p.m.", "10:00", Some("13:00")),
        ("en", "3–6 p.m.", "15:00", Some("18:00")),
        ("en", " 3-6 p.m. ", "15:00", Some("18:00")),
        ("en", "10 a.m.", "10:00", None),
        ("en", "from 10 a.m. to 1 p.m.", "10:00", Some("13:00")),
        ("fr", "10 heures-13 heures", "10:00", Some("13:00")),
        ("fr", "15 h 30-18 heures", "15:30", Some("18:00")),
        ("fr", "de 10 heures à 13 heures", "10:00", Some("13:00")),
        ("fr", "15 heures-18 heures", "15:00", Some("18:00")),
        ("es", "10.00 a 13.00 horas", "10:00", Some("13:00")),
        ("es", "de las 10.00 a las 13.00 horas", "10:00", Some("13:00")),
        ("es", "15.00-18.00 horas", "15:00", Some("18:00")),
    ];
    for (code, cell, start, end) in table {
        let r = parse_time_range(cell, lang(code)).unwrap_or_else(|| panic!("{cell:?} is a time cell"));
        assert_eq!((r.start_hhmm().as_str(), r.end_hhmm().as_deref()), (start, end), "{cell:?}");
    }
    for (code, cell) in
        [("en", "Opening of the meeting"), ("en", "10 a.m.–1 p.m. 1 (a)"), ("en", "1 (b)"), ("fr", "1 a)")]
    {
        assert_eq!(parse_time_range(cell, lang(code)), None, "{cell:?}");
    }
    // (language, row, bytes used by the time)
    let rows = [
        ("en", "10 a.m.–1 p.m. 1 (a) Opening of the meeting", "10 a.m.–1 p.m.".len()),
        ("en", "3–6 p.m. 2 Responsiveness of the Firearms Protocol", "3–6 p.m.".len()),
        ("fr", "10 heures-13 heures 1 a) Ouverture de la réunion", "10 heures-13 heures".len()),
        ("es", "10.00 a 13.00 horas 1 a) Apertura de la reunión", "10.00 a 13.00 horas".len()),
    ];
    for (code, row, used) in rows {
        let (_, end) =
            parse_time_range_prefix(row, lang(code)).unwrap_or_else(|| panic!("{row:?} starts with a time"));
        assert_eq!(end, used, "{row:?}");
    }
    assert_eq!(parse_time_range_prefix(" 1 (b) Adoption of the agenda", lang("en")), None);
}

#[test]
fn noon_and_midnight_words_begin_with_a_letter() {
    // `time_tok` tries them only where no digit stands.
    for l in crate::model::Language::ALL {
        let v = &crate::datetime::vocab::vocab(l).times;
        for w in v.noon.iter().chain(&v.midnight) {
            assert!(w.starts_with(char::is_alphabetic), "{w:?}");
        }
    }
}
