//! Calendar arithmetic and year inference.

use crate::datetime::calendar::{
    CalendarDate, Weekday, days_in_month, infer_year, is_valid_date, month_name, weekday,
};
use crate::model::Language;

#[test]
fn valid_dates() {
    // (year, month, day, exists)
    let table = [
        (2020, 4, 31, false),
        (2020, 4, 30, true),
        (2019, 2, 29, false),
        (2020, 2, 29, true),
        (1900, 2, 29, false),
        (2000, 2, 29, true),
        (2020, 13, 1, false),
        (2020, 0, 1, false),
        (2020, 1, 0, false),
        (2020, 12, 31, true),
    ];
    for (y, m, d, ok) in table {
        assert_eq!(is_valid_date(y, m, d), ok, "{y}-{m}-{d}");
    }
    assert_eq!(days_in_month(2021, 2), 28);
}

#[test]
fn weekdays_of_known_dates() {
    // The seed's dates (research §6, A401) and a few fixed points.
    let table = [
        (2020, 3, 17, Weekday::Tuesday),
        (2020, 3, 18, Weekday::Wednesday),
        (2019, 11, 12, Weekday::Tuesday),
        (2019, 12, 17, Weekday::Tuesday),
        (2018, 5, 2, Weekday::Wednesday),
        (2018, 5, 3, Weekday::Thursday),
        (2018, 10, 15, Weekday::Monday),
        (2000, 1, 1, Weekday::Saturday),
        (1970, 1, 1, Weekday::Thursday),
        (2021, 3, 7, Weekday::Sunday),
        (2002, 9, 10, Weekday::Tuesday),
        (2024, 2, 29, Weekday::Thursday),
    ];
    for (y, m, d, w) in table {
        assert_eq!(weekday(y, m, d), w, "{y}-{m}-{d}");
    }
}

#[test]
fn weekday_names() {
    let table = [
        (Weekday::Tuesday, "tuesday", "Tuesday", "mardi", "martes"),
        (Weekday::Wednesday, "wednesday", "Wednesday", "mercredi", "miércoles"),
        (Weekday::Sunday, "sunday", "Sunday", "dimanche", "domingo"),
    ];
    for (w, name, en, fr, es) in table {
        assert_eq!(w.name(), name);
        assert_eq!(Weekday::from_name(name), Some(w));
        assert_eq!(w.name_in(Language::En), en);
        assert_eq!(w.name_in(Language::Fr), fr);
        assert_eq!(w.name_in(Language::Es), es);
    }
    assert_eq!(Weekday::from_index(8), Weekday::Tuesday);
    assert_eq!(month_name(3, Language::Fr), Some("mars"));
    assert_eq!(month_name(8, Language::Es), Some("agosto"));
    assert_eq!(month_name(13, Language::En), None);
    assert_eq!(month_name(0, Language::En), None);
}

#[test]
fn calendar_dates_step_and_print() {
    let d = CalendarDate::new(2019, 12, 31).expect("exists");
    assert_eq!(d.succ().iso(), "2020-01-01");
    assert_eq!(CalendarDate::new(2020, 2, 28).map(|d| d.succ().iso()), Some("2020-02-29".to_owned()));
    assert_eq!(CalendarDate::new(2019, 2, 29), None);
    assert_eq!(CalendarDate::new(2020, 3, 17).map(CalendarDate::weekday), Some(Weekday::Tuesday));
}

/// (day, month, weekday, candidate years, expected year)
type YearCase = (u32, u32, Option<Weekday>, &'static [i32], Option<i32>);

#[test]
fn year_inference() {
    let table: [YearCase; 7] = [
        (17, 3, Some(Weekday::Tuesday), &[2019, 2020, 2021], Some(2020)),
        (18, 3, Some(Weekday::Wednesday), &[2020], Some(2020)),
        (17, 3, Some(Weekday::Monday), &[2020, 2019], None),
        (17, 3, None, &[2021, 2020], Some(2021)),
        (29, 2, None, &[2019, 2020], Some(2020)),
        (29, 2, Some(Weekday::Saturday), &[2019, 2021], None),
        (17, 3, Some(Weekday::Tuesday), &[], None),
    ];
    for (d, m, w, hints, expected) in table {
        assert_eq!(infer_year(d, m, w, hints), expected, "{d}/{m} {w:?} in {hints:?}");
    }
}
