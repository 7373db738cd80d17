//! The date grammar of [`super`]: tokens (weekday, day, month, year, connector) and the two
//! orders (`17 March 2020`, `March 17, 2020`), tried around a day number.

use std::ops::Range;

use super::super::calendar::Weekday;
use super::super::scan::{
    Cursor, any_phrase, char_after_number, dash, gap0, gap1, is_letter_or_digit, may_continue_with,
    name_before, number_of, phrase, small_number, word,
};
use super::super::vocab::{DateVocab, NameForm};
use super::DateKind;

pub(super) struct WeekdayTok {
    pub(super) weekday: Weekday,
    pub(super) form: NameForm,
    pub(super) span: Range<usize>,
    pub(super) comma: Option<Range<usize>>,
}

pub(super) struct DayTok {
    pub(super) value: u32,
    /// Digits and suffix.
    pub(super) span: Range<usize>,
    pub(super) has_suffix: bool,
}

pub(super) struct MonthTok {
    pub(super) month: u32,
    pub(super) form: NameForm,
    pub(super) span: Range<usize>,
    /// A month link (`de`) is printed before it.
    pub(super) link: bool,
}

pub(super) struct YearTok {
    pub(super) year: i32,
    pub(super) span: Range<usize>,
    pub(super) comma: Option<Range<usize>>,
    pub(super) link: bool,
}

pub(super) struct ConnTok {
    pub(super) kind: DateKind,
    /// With the gaps around it.
    pub(super) span: Range<usize>,
    pub(super) is_dash: bool,
}

/// A parsed date expression, in local byte offsets.
pub(super) struct Parsed {
    pub(super) wd1: Option<WeekdayTok>,
    pub(super) d1: DayTok,
    /// Month and year of the first day when it prints its own (`30 September–2 October`).
    pub(super) first: Option<(MonthTok, Option<YearTok>)>,
    pub(super) conn: Option<ConnTok>,
    pub(super) wd2: Option<WeekdayTok>,
    pub(super) d2: Option<DayTok>,
    pub(super) month: MonthTok,
    pub(super) year: Option<YearTok>,
    pub(super) month_first: bool,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// A name that may carry the full stop of an abbreviation.
pub(super) fn name_tok<T>(
    c: &mut Cursor<'_>,
    v: &DateVocab,
    look_up: impl Fn(&str) -> Option<(T, NameForm)>,
) -> Option<(T, NameForm, Range<usize>)> {
    let mut t = *c;
    let (w, mut span) = t.eat(word)?;
    let (value, form) = look_up(w)?;
    if form == NameForm::Abbreviation {
        if t.at(".") {
            t.pos += 1;
            span.end += 1;
        } else if v.abbreviation_dot_required {
            return None;
        }
    }
    *c = t;
    Some((value, form, span))
}

pub(super) fn weekday_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<WeekdayTok> {
    let mut t = *c;
    let (weekday, form, span) = name_tok(&mut t, v, |w| v.weekday_word(w))?;
    let mut comma = None;
    let mut u = t;
    u.eat(gap0)?;
    if u.at(",") {
        comma = Some(u.pos..u.pos + 1);
        u.pos += 1;
        t = u;
    }
    let (g, _) = t.eat(gap0)?;
    if g.is_empty() && comma.is_none() {
        return None;
    }
    *c = t;
    Some(WeekdayTok { weekday, form, span, comma })
}

pub(super) fn day_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<DayTok> {
    let mut t = *c;
    let (value, mut span) = t.eat(small_number)?;
    if !(1..=31).contains(&value) {
        return None;
    }
    let has_suffix = match t.eat(any_phrase(&v.day_suffixes)) {
        Some((_, r)) => {
            span.end = r.end;
            true
        }
        None => false,
    };
    if t.peek().is_some_and(is_letter_or_digit) {
        return None;
    }
    *c = t;
    Some(DayTok { value, span, has_suffix })
}

/// An optional link word and its gap (`de ` in `17 de marzo de 2020`); true when present.
fn link_word(c: &mut Cursor<'_>, word: &str) -> bool {
    let mut t = *c;
    let found = !word.is_empty() && t.eat(phrase(word)).is_some() && t.eat(gap1).is_some();
    if found {
        *c = t;
    }
    found
}

pub(super) fn month_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<MonthTok> {
    let mut t = *c;
    let link = link_word(&mut t, &v.month_link);
    let (month, form, span) = name_tok(&mut t, v, |w| v.month_word(w))?;
    *c = t;
    Some(MonthTok { month, form, span, link })
}

pub(super) fn year_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<YearTok> {
    let mut t = *c;
    let (g, _) = t.eat(gap0)?;
    let mut comma = None;
    if t.at(",") {
        comma = Some(t.pos..t.pos + 1);
        t.pos += 1;
        t.eat(gap0)?;
    } else if g.is_empty() {
        return None;
    }
    let link = link_word(&mut t, &v.year_link);
    let (year, span) = t.eat(number_of(4))?;
    if !(1000..=2999).contains(&year) || t.peek().is_some_and(is_letter_or_digit) {
        return None;
    }
    *c = t;
    Some(YearTok { year: year as i32, span, comma, link })
}

pub(super) fn conn_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<ConnTok> {
    let start = c.pos;
    let mut t = *c;
    t.eat(gap0)?;
    if t.eat(dash).is_some() {
        t.eat(gap0)?;
        *c = t;
        return Some(ConnTok { kind: DateKind::Range, span: start..c.pos, is_dash: true });
    }
    let mut t = *c;
    t.eat(gap1)?;
    let kind = if t.eat(any_phrase(&v.pair_words)).is_some() {
        DateKind::Pair
    } else if t.eat(any_phrase(&v.range_words)).is_some() {
        DateKind::Range
    } else {
        return None;
    };
    t.eat(gap1)?;
    *c = t;
    Some(ConnTok { kind, span: start..c.pos, is_dash: false })
}

/// `[connector [weekday] day month [year]]` or, with `month_needed` false, `connector
/// [weekday] day` (the shared-month form); the cursor moves only on success.
pub(super) fn second_day(
    c: &mut Cursor<'_>,
    v: &DateVocab,
    with_weekday: bool,
) -> Option<(ConnTok, Option<WeekdayTok>, DayTok)> {
    let mut t = *c;
    let conn = conn_tok(&mut t, v)?;
    let wd = if with_weekday { weekday_tok(&mut t, v) } else { None };
    let day = day_tok(&mut t, v)?;
    *c = t;
    Some((conn, wd, day))
}

/// `gap month [year]`; the cursor moves only on success.
pub(super) fn month_year(c: &mut Cursor<'_>, v: &DateVocab) -> Option<(MonthTok, Option<YearTok>)> {
    let mut t = *c;
    t.eat(gap1)?;
    let month = month_tok(&mut t, v)?;
    let year = year_tok(&mut t, v);
    *c = t;
    Some((month, year))
}

pub(super) fn parse_dmy(text: &str, start: usize, v: &DateVocab) -> Option<Parsed> {
    let mut c = Cursor::new(text, start);
    let wd1 = weekday_tok(&mut c, v);
    let d1 = day_tok(&mut c, v)?;
    let parsed = |first, second: Option<(ConnTok, Option<WeekdayTok>, DayTok)>, (month, year), end| {
        let (conn, wd2, d2) = match second {
            Some((conn, wd2, d2)) => (Some(conn), wd2, Some(d2)),
            None => (None, None, None),
        };
        Parsed { wd1, d1, first, conn, wd2, d2, month, year, month_first: false, start, end }
    };
    // `17 and 18 March 2020`, `15–19 October 2018`: the month printed once.
    let mut t = c;
    if let Some(second) = second_day(&mut t, v, true)
        && let Some(my) = month_year(&mut t, v)
    {
        return Some(parsed(None, Some(second), my, t.pos));
    }
    let first = month_year(&mut c, v)?;
    // `30 September–2 October 2020`: each day with its month.
    let mut t = c;
    if let Some(second) = second_day(&mut t, v, true)
        && let Some(my) = month_year(&mut t, v)
    {
        return Some(parsed(Some(first), Some(second), my, t.pos));
    }
    Some(parsed(None, None, first, c.pos))
}

pub(super) fn parse_mdy(text: &str, start: usize, v: &DateVocab) -> Option<Parsed> {
    let mut c = Cursor::new(text, start);
    let wd1 = weekday_tok(&mut c, v);
    let month = month_tok(&mut c, v)?;
    // A month first is only read when capitalized: `may 5` is a verb and a number.
    if !text[month.span.clone()].starts_with(char::is_uppercase) {
        return None;
    }
    c.eat(gap1)?;
    let d1 = day_tok(&mut c, v)?;
    let (conn, d2) = match second_day(&mut c, v, false) {
        Some((conn, _, d2)) => (Some(conn), Some(d2)),
        None => (None, None),
    };
    let year = year_tok(&mut c, v);
    Some(Parsed {
        wd1,
        d1,
        first: None,
        conn,
        wd2: None,
        d2,
        month,
        year,
        month_first: true,
        start,
        end: c.pos,
    })
}

/// The date expression around the day number at `p..run_end`, starting no earlier than `floor`.
pub(super) fn parse_at(text: &str, p: usize, run_end: usize, floor: usize, v: &DateVocab) -> Option<Parsed> {
    // Day first, a month or connector must follow; month first, the month is before.
    let next = char_after_number(text, run_end, false);
    let day_first = next.is_some_and(may_continue_with);
    // What a day-first date goes on with (a suffix, a connector, a month) begins with one of
    // `after_day`: without it, no day-first reading can succeed.
    let dmy = |start| {
        if day_first && next.is_some_and(|c| v.after_day.admits(c)) {
            parse_dmy(text, start, v)
        } else {
            None
        }
    };
    let name = name_before(text, p).filter(|r| r.start >= floor);
    if let Some(r) = &name {
        let w = &text[r.clone()];
        if day_first && v.weekday_word(w).is_some() {
            if let Some(d) = dmy(r.start) {
                return Some(d);
            }
        } else if v.month_first && v.month_word(w).is_some() {
            // `March 17 March 2020`: the day-first reading wins.
            let dmy = dmy(p);
            if dmy.is_some() {
                return dmy;
            }
            let weekday_start = name_before(text, r.start)
                .filter(|wr| wr.start >= floor && v.weekday_word(&text[wr.clone()]).is_some());
            let mdy = weekday_start
                .and_then(|wr| parse_mdy(text, wr.start, v))
                .or_else(|| parse_mdy(text, r.start, v));
            if mdy.is_some() {
                return mdy;
            }
        }
    }
    dmy(p)
}

/// Running-text guard: in a language that capitalizes month names, a lower-case month counts
/// only with a year (`2 may be` is no date, `2 may 2020` is one).
pub(super) fn plausible_in_text(text: &str, v: &DateVocab, d: &Parsed) -> bool {
    if v.lower_case_names || d.year.is_some() {
        return true;
    }
    let months = std::iter::once(&d.month).chain(d.first.as_ref().map(|(m, _)| m));
    months.into_iter().all(|m| !text[m.span.clone()].starts_with(char::is_lowercase))
}
