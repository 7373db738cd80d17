//! Day labels and time ranges of the annex table (interim: to be replaced by `crate::datetime`).

use crate::fold::is_space;
use crate::model::Language;

const WEEKDAYS: [[&str; 7]; 3] = [
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
];
const MONTHS: [[&str; 12]; 3] = [
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
];

/// A day label of the annex.
pub struct DayLabel {
    pub day: u32,
    pub month: u32,
    pub weekday: Option<&'static str>,
    pub year: Option<i32>,
}

/// `Tuesday, 17 March`, `mardi 17 mars`, `martes 17 de marzo` (maybe with a year).
pub fn parse_day_label(s: &str, _lang: Language) -> Option<DayLabel> {
    let words: Vec<String> = s
        .split(|c: char| is_space(c) || c == ',')
        .filter(|w| !w.is_empty() && *w != "de")
        .map(str::to_lowercase)
        .collect();
    if !(3..=4).contains(&words.len()) {
        return None;
    }
    for l in 0..3 {
        let Some(wd) = WEEKDAYS[l].iter().position(|w| *w == words[0]) else { continue };
        let day: u32 = words[1].trim_end_matches("er").parse().ok()?;
        let month = MONTHS[l].iter().position(|m| *m == words[2])? as u32 + 1;
        let year = match words.get(3) {
            Some(y) => Some(y.parse().ok()?),
            None => None,
        };
        return (1..=31).contains(&day).then_some(DayLabel {
            day,
            month,
            weekday: Some(WEEKDAYS[0][wd]),
            year,
        });
    }
    None
}

/// A time range at the start of a line: 24-hour start and end, and the bytes it used.
pub fn parse_time_range_prefix(s: &str, _lang: Language) -> Option<((String, String), usize)> {
    let (a, rest) = time(s)?;
    let (dash, rest2) = {
        let t = rest.trim_start_matches(is_space);
        let c = t.chars().next()?;
        if !matches!(c, '–' | '-' | 'a' | 'à') {
            return None;
        }
        let t2 = &t[c.len_utf8()..];
        let t2 = if c == 'a' && !t2.starts_with(is_space) { return None } else { t2 };
        (c, t2.trim_start_matches(is_space))
    };
    let _ = dash;
    let (b, rest3) = time(rest2)?;
    let mut rest3 = rest3;
    let t = rest3.trim_start_matches(is_space);
    if let Some(x) = t.strip_prefix("horas") {
        rest3 = x;
    }
    let used = s.len() - rest3.len();
    let (mut ah, am, amer) = a;
    let (mut bh, bm, bmer) = b;
    let mer_b = bmer;
    let mer_a = amer.or(mer_b);
    if let Some(pm) = mer_a {
        ah = to24(ah, pm);
    }
    if let Some(pm) = mer_b {
        bh = to24(bh, pm);
    }
    Some(((format!("{ah:02}:{am:02}"), format!("{bh:02}:{bm:02}")), used))
}

fn to24(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// `10 a.m.`, `10.30 a.m.`, `3`, `10 heures`, `15 h 10`, `10.00`: (hour, minute, pm?).
type Clock = (u32, u32, Option<bool>);

fn time(s: &str) -> Option<(Clock, &str)> {
    let d = s.bytes().take_while(u8::is_ascii_digit).count();
    if d == 0 || d > 2 {
        return None;
    }
    let h: u32 = s[..d].parse().ok()?;
    let mut rest = &s[d..];
    let mut m = 0;
    if let Some(r) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(':')) {
        let md = r.bytes().take_while(u8::is_ascii_digit).count();
        if md == 2 {
            m = r[..2].parse().ok()?;
            rest = &r[2..];
        }
    }
    let t = rest.trim_start_matches(is_space);
    let mut mer = None;
    for (form, pm) in [("a.m.", false), ("p.m.", true), ("a.m", false), ("p.m", true)] {
        if let Some(r) = t.strip_prefix(form) {
            mer = Some(pm);
            rest = r;
            break;
        }
    }
    if mer.is_none() {
        if let Some(r) = t.strip_prefix("heures") {
            rest = r;
        } else if let Some(r) = t.strip_prefix("h ") {
            let md = r.bytes().take_while(u8::is_ascii_digit).count();
            if md == 2 {
                m = r[..2].parse().ok()?;
                rest = &r[2..];
            }
        }
    }
    (h <= 24 && m < 60).then_some(((h, m, mer), rest))
}

/// True when the date exists.
pub fn is_valid_date(y: i32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
}

/// English lower-case weekday of a date.
pub fn weekday_name_en(y: i32, m: u32, d: u32) -> &'static str {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d as i32).rem_euclid(7);
    ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][w as usize]
}
