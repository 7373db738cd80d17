//! Properties of the finders on arbitrary text: no panic, spans inside the text and ordered,
//! edits inside the text, on character boundaries and in order.

use proptest::prelude::*;

use crate::datetime::{
    FormatIssue, find_dates, find_meeting_counts, find_times, parse_day_label, parse_time_range,
};
use crate::model::Language;
use crate::span::Span;

/// Pieces that make near-dates and near-times likely in generated text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "17", "1", "31", "2020", "12", "10", "3", "00", "30", "March", "mars", "marzo", "Tuesday",
            "mardi", "martes", "Mar.", "de", "and", "et", "y", "a", "al", "au", "to", "a.m.", "p.m.", "am",
            "PM", "heures", "h", "horas", "noon", "midi", "meetings", "séances", "sesiones", "four",
            "quatre", "cuatro", "over", "days", "jours", "días", "th", "er", "º", ".", ",", ":", "/", "-",
            "–", "—", " ", "  ", "\n", "\n\n", "\u{a0}", "(", ")", "é",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,4}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat()), "\\PC{0,200}", ".{0,200}"]
}

fn check_spans(text: &str, base: usize, spans: &[Span]) {
    let mut last = base;
    for s in spans {
        assert!(s.start >= last && s.start <= s.end && s.end <= base + text.len(), "{s:?} in {text:?}");
        assert!(text.is_char_boundary(s.start - base) && text.is_char_boundary(s.end - base));
        last = s.end;
    }
}

fn check_issues(text: &str, base: usize, within: Span, issues: &[FormatIssue]) {
    let edits: Vec<Span> = issues.iter().map(|i| i.edit.span).collect();
    check_spans(text, base, &edits);
    assert!(edits.iter().all(|e| within.contains(*e)), "edits {edits:?} outside {within:?} in {text:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn finders_never_panic_and_keep_spans_in_bounds(text in text(), base in 0usize..1000) {
        for lang in Language::ALL {
            let dates = find_dates(&text, base, lang);
            check_spans(&text, base, &dates.iter().map(|d| d.span).collect::<Vec<_>>());
            for d in &dates {
                for p in d.points() {
                    let parts = [p.weekday.map(|w| w.span), Some(p.day_span), Some(p.month_span), p.year_span];
                    for s in parts.into_iter().flatten() {
                        prop_assert!(d.span.contains(s), "{s:?} outside {:?}", d.span);
                    }
                }
                check_issues(&text, base, d.span, &d.issues);
                let _ = d.replacement(&text, base);
                let _ = d.days(2020);
            }
            let times = find_times(&text, base, lang);
            check_spans(&text, base, &times.iter().map(|t| t.span).collect::<Vec<_>>());
            for t in &times {
                prop_assert!(t.span.contains(t.start.span));
                check_issues(&text, base, t.span, &t.issues);
                let _ = t.replacement(&text, base);
            }
            let counts = find_meeting_counts(&text, base, lang);
            check_spans(&text, base, &counts.iter().map(|c| c.span).collect::<Vec<_>>());
            for line in text.lines() {
                let _ = parse_day_label(line, lang);
                let _ = parse_time_range(line, lang);
            }
        }
    }
}
