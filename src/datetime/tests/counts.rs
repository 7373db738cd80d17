//! Stated meeting counts (A209).

use super::lang;
use crate::datetime::find_meeting_counts;

/// (meetings, days, the whole phrase)
type Count = (u32, Option<u32>, &'static str);

#[test]
fn meeting_counts() {
    // (language, text, counts found)
    let table: &[(&str, &str, &[Count])] = &[
        (
            "en",
            "will permit the holding of four plenary meetings over \n\ntwo days, with interpretation",
            &[(4, Some(2), "four plenary meetings over \n\ntwo days")],
        ),
        ("en", "a total of six meetings.", &[(6, None, "six meetings")]),
        ("en", "4 meetings over 2 days", &[(4, Some(2), "4 meetings over 2 days")]),
        ("en", "Four meetings", &[(4, None, "Four meetings")]),
        ("en", "in the six official languages", &[]),
        ("en", "at its seventh meeting, held in", &[]),
        ("en", "1 (a) Opening of the meeting", &[]),
        ("en", "resolution 9/2 meetings", &[]),
        (
            "fr",
            "quatre séances plénières réparties sur deux jours",
            &[(4, Some(2), "quatre séances plénières réparties sur deux jours")],
        ),
        ("fr", "permettront de tenir quatre séances plénières.", &[(4, None, "quatre séances plénières")]),
        ("fr", "dix-sept séances", &[(17, None, "dix-sept séances")]),
        (
            "es",
            "cuatro sesiones plenarias en dos días",
            &[(4, Some(2), "cuatro sesiones plenarias en dos días")],
        ),
        ("es", "celebrar cuatro sesiones plenarias,", &[(4, None, "cuatro sesiones plenarias")]),
        ("es", "el 19º período de sesiones", &[]),
    ];
    for &(code, text, expected) in table {
        let found: Vec<(u32, Option<u32>, &str)> = find_meeting_counts(text, 0, lang(code))
            .iter()
            .map(|c| (c.meetings, c.days, &text[c.span.start..c.span.end]))
            .collect();
        assert_eq!(found, expected, "{text:?}");
    }
    let c = find_meeting_counts("four plenary meetings over two days", 10, lang("en"))[0];
    assert_eq!((c.meetings_span.start, c.meetings_span.end), (10, 14));
    assert_eq!(c.days_span.map(|s| (s.start, s.end)), Some((37, 40)));
}
