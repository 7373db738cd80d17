//! Dates in running text (`Tuesday, 17 March 2020`, `17 and 18 March 2020`, `15–19 October
//! 2018`, `2 y 3 de mayo de 2018`, `March 17, 2020`) and annex day headers (`mardi 17 mars`),
//! with the spans of their parts and the edits that bring them to the UN form (A402, A403, A405).
//!
//! The grammar, tried at each day number (the pre-filter: digit runs of one or two digits):
//!
//! ```text
//! date      = dmy | mdy                                    (* mdy: English only *)
//! dmy       = [weekday] day connector [weekday] day month [year]        (* shared month *)
//!           | [weekday] day month [year] [connector [weekday] day month [year]]
//! mdy       = [weekday] month day [connector day] [year]
//! weekday   = name [","] gap          day   = 1*2digit [ordinal-suffix]
//! month     = gap [month-link gap] name                   (* month-link: Spanish "de" *)
//! year      = [","] gap [year-link gap] 4digit
//! connector = gap? dash gap? | gap (pair-word | range-word) gap
//! ```
//!
//! Names, suffixes, links and connector words come from `data/calendar.toml`.

use std::ops::Range;

use crate::model::Language;
use crate::span::Span;

use super::calendar::{CalendarDate, Weekday, is_valid_date, weekday};
use super::scan::{
    Cursor, any_phrase, at_sentence_start, capitalize, dash, fold_spaces, gap0, gap1, is_all_caps,
    is_gap_char, may_continue_after_number, name_before, number_of, only_space_after, phrase, scan_numbers,
    small_number, word,
};
use super::vocab::{CommaRule, DateVocab, NameForm, intro_connector, vocab};
use super::{FormatIssue, IssueKind, apply_issues};

/// A weekday as printed before a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayMention {
    /// The weekday named.
    pub weekday: Weekday,
    /// The name as printed (with the full stop of an abbreviation).
    pub span: Span,
}

/// One day of a date expression. In a pair or range the parts printed once (`March 2020` in
/// `17 and 18 March 2020`) are given to both days, with the same span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePoint {
    /// The weekday printed before the day, if any.
    pub weekday: Option<WeekdayMention>,
    /// Day of the month as printed, 1–31 (the date may still not exist: 31 April).
    pub day: u32,
    /// The day number with any ordinal suffix.
    pub day_span: Span,
    /// Month, 1–12.
    pub month: u32,
    /// The month name.
    pub month_span: Span,
    /// Year, printed or carried over from the end of a range (`30 December–2 January 2020`
    /// gives the start 2019).
    pub year: Option<i32>,
    /// Where the year is printed; `None` when none is printed or the year is carried over.
    pub year_span: Option<Span>,
}

impl DatePoint {
    /// The date, when the year is known and the date exists.
    pub fn date(&self) -> Option<CalendarDate> {
        CalendarDate::new(self.year?, self.month, self.day)
    }

    /// False for a date that does not exist (31 April; 29 February in a common year). Without
    /// a year, 29 February counts as valid.
    pub fn is_valid(&self) -> bool {
        is_valid_date(self.year.unwrap_or(2000), self.month, self.day)
    }

    /// The actual weekday, when a weekday is printed and the date in `year` falls on another
    /// (A401). `None` when it matches, when no weekday is printed or the date does not exist.
    pub fn weekday_mismatch_in(&self, year: i32) -> Option<Weekday> {
        let stated = self.weekday?.weekday;
        let actual = weekday(year, self.month, self.day);
        (is_valid_date(year, self.month, self.day) && actual != stated).then_some(actual)
    }

    /// [`DatePoint::weekday_mismatch_in`] the date's own year; `None` without a year.
    pub fn weekday_mismatch(&self) -> Option<Weekday> {
        self.weekday_mismatch_in(self.year?)
    }
}

/// How many days a date expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// One day.
    Single,
    /// Two days: `17 and 18 March`, `2 y 3 de mayo`.
    Pair,
    /// Every day from the start to the end: `15–19 October`, `15 a 19 de octubre`.
    Range,
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// From the first part (weekday, day or month) to the last (year, month or day).
    pub span: Span,
    /// One day, a pair or a range.
    pub kind: DateKind,
    /// The (first) day.
    pub start: DatePoint,
    /// The second day of a pair or the last of a range.
    pub end: Option<DatePoint>,
    /// Departures from the standard form with their repairs (A402, A403, A405), in text order.
    pub issues: Vec<FormatIssue>,
}

impl DateMatch {
    /// The days named, one or two.
    pub fn points(&self) -> impl Iterator<Item = &DatePoint> {
        std::iter::once(&self.start).chain(self.end.as_ref())
    }

    /// The year printed last (the year of the expression).
    pub fn year(&self) -> Option<i32> {
        self.end.as_ref().and_then(|e| e.year).or(self.start.year)
    }

    /// Every day named, in order: one, the two of a pair, or each day of a range (at most 366).
    /// Days without a year take `default_year`; days that do not exist are left out.
    pub fn days(&self, default_year: i32) -> Vec<CalendarDate> {
        let day = |p: &DatePoint| CalendarDate::new(p.year.unwrap_or(default_year), p.month, p.day);
        let first = day(&self.start);
        let last = self.end.as_ref().and_then(day);
        match (self.kind, first, last) {
            (DateKind::Range, Some(a), Some(b)) if a <= b => {
                std::iter::successors(Some(a), |d| (*d < b).then(|| d.succ())).take(366).collect()
            }
            _ => first.into_iter().chain(last).collect(),
        }
    }

    /// The text of the date with its A402 and A405 repairs applied; `None` when it has none.
    /// `text` and `base` are those given to [`find_dates`].
    pub fn replacement(&self, text: &str, base: usize) -> Option<String> {
        let edits: Vec<FormatIssue> =
            self.issues.iter().filter(|i| i.kind != IssueKind::ClauseComma).cloned().collect();
        (!edits.is_empty()).then(|| apply_issues(text, base, self.span, &edits))
    }

    /// A403: where a comma goes after the year (an absolute offset), when a weekday date with
    /// a year runs on into a clause without one (`Tuesday, 17 March 2020 at 10 a.m.`).
    pub fn clause_comma(&self) -> Option<usize> {
        self.issues.iter().find(|i| i.kind == IssueKind::ClauseComma).map(|i| i.edit.span.start)
    }
}

/// An annex day header: `Tuesday, 17 March`, `mardi 17 mars`, `martes 17 de marzo`, maybe with
/// a year. Spans are byte ranges into the string given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayLabel {
    /// The weekday printed, if any.
    pub weekday: Option<Weekday>,
    /// Day of the month.
    pub day: u32,
    /// Month, 1–12.
    pub month: u32,
    /// Year, if printed.
    pub year: Option<i32>,
    /// The label without surrounding whitespace.
    pub span: Span,
    /// The weekday name.
    pub weekday_span: Option<Span>,
    /// The day number.
    pub day_span: Span,
    /// The month name.
    pub month_span: Span,
    /// The year.
    pub year_span: Option<Span>,
}

/// Every date expression of `text`, in order and not overlapping; spans are offset by `base`.
/// `lang` chooses the names and the standard form the issues are measured against.
pub fn find_dates(text: &str, base: usize, lang: Language) -> Vec<DateMatch> {
    let v = &vocab(lang).dates;
    scan_numbers(text, |p, run_end, floor| {
        let parsed = parse_at(text, p, run_end, floor, v).filter(|d| plausible_in_text(text, v, d))?;
        Some((parsed.end, build(text, base, v, parsed)))
    })
}

/// An annex day header filling `s` (surrounding whitespace allowed). Case and commas are not
/// checked here: that is A402's business on running text.
pub fn parse_day_label(s: &str, lang: Language) -> Option<DayLabel> {
    let (label, end) = parse_day_label_prefix(s, lang)?;
    only_space_after(s, end).then_some(label)
}

/// An annex day header at the start of `s` (after any whitespace), and the offset just past it,
/// for rows where the header shares a line with what follows.
pub fn parse_day_label_prefix(s: &str, lang: Language) -> Option<(DayLabel, usize)> {
    let v = &vocab(lang).dates;
    let start = s.len() - s.trim_start_matches(is_gap_char).len();
    let p = parse_dmy(s, start, v)
        .or_else(|| v.month_first.then(|| parse_mdy(s, start, v)).flatten())
        .filter(|p| p.conn.is_none())?;
    let sp = |r: &Range<usize>| Span::new(r.start, r.end);
    let label = DayLabel {
        weekday: p.wd1.as_ref().map(|w| w.weekday),
        day: p.d1.value,
        month: p.month.month,
        year: p.year.as_ref().map(|y| y.year),
        span: Span::new(p.start, p.end),
        weekday_span: p.wd1.as_ref().map(|w| sp(&w.span)),
        day_span: sp(&p.d1.span),
        month_span: sp(&p.month.span),
        year_span: p.year.as_ref().map(|y| sp(&y.span)),
    };
    Some((label, p.end))
}

struct WeekdayTok {
    weekday: Weekday,
    form: NameForm,
    span: Range<usize>,
    comma: Option<Range<usize>>,
}

struct DayTok {
    value: u32,
    /// Digits and suffix.
    span: Range<usize>,
    has_suffix: bool,
}

struct MonthTok {
    month: u32,
    form: NameForm,
    span: Range<usize>,
    /// A month link (`de`) is printed before it.
    link: bool,
}

struct YearTok {
    year: i32,
    span: Range<usize>,
    comma: Option<Range<usize>>,
    link: bool,
}

struct ConnTok {
    kind: DateKind,
    /// With the gaps around it.
    span: Range<usize>,
    is_dash: bool,
}

/// A parsed date expression, in local byte offsets.
struct Parsed {
    wd1: Option<WeekdayTok>,
    d1: DayTok,
    /// Month and year of the first day when it prints its own (`30 September–2 October`).
    first: Option<(MonthTok, Option<YearTok>)>,
    conn: Option<ConnTok>,
    wd2: Option<WeekdayTok>,
    d2: Option<DayTok>,
    month: MonthTok,
    year: Option<YearTok>,
    month_first: bool,
    start: usize,
    end: usize,
}

/// A name that may carry the full stop of an abbreviation.
fn name_tok<T>(
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

fn weekday_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<WeekdayTok> {
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

fn day_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<DayTok> {
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
    if t.peek().is_some_and(char::is_alphanumeric) {
        return None;
    }
    *c = t;
    Some(DayTok { value, span, has_suffix })
}

fn month_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<MonthTok> {
    let mut t = *c;
    let mut link = false;
    if !v.month_link.is_empty() {
        let mut u = t;
        if u.eat(phrase(&v.month_link)).is_some() && u.eat(gap1).is_some() {
            t = u;
            link = true;
        }
    }
    let (month, form, span) = name_tok(&mut t, v, |w| v.month_word(w))?;
    *c = t;
    Some(MonthTok { month, form, span, link })
}

fn year_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<YearTok> {
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
    let mut link = false;
    if !v.year_link.is_empty() {
        let mut u = t;
        if u.eat(phrase(&v.year_link)).is_some() && u.eat(gap1).is_some() {
            t = u;
            link = true;
        }
    }
    let (year, span) = t.eat(number_of(4))?;
    if !(1000..=2999).contains(&year) || t.peek().is_some_and(char::is_alphanumeric) {
        return None;
    }
    *c = t;
    Some(YearTok { year: year as i32, span, comma, link })
}

fn conn_tok(c: &mut Cursor<'_>, v: &DateVocab) -> Option<ConnTok> {
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
fn second_day(
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
fn month_year(c: &mut Cursor<'_>, v: &DateVocab) -> Option<(MonthTok, Option<YearTok>)> {
    let mut t = *c;
    t.eat(gap1)?;
    let month = month_tok(&mut t, v)?;
    let year = year_tok(&mut t, v);
    *c = t;
    Some((month, year))
}

fn parse_dmy(text: &str, start: usize, v: &DateVocab) -> Option<Parsed> {
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

fn parse_mdy(text: &str, start: usize, v: &DateVocab) -> Option<Parsed> {
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
fn parse_at(text: &str, p: usize, run_end: usize, floor: usize, v: &DateVocab) -> Option<Parsed> {
    // Day first, a month or connector must follow; month first, the month is before.
    let day_first = may_continue_after_number(text, run_end, false);
    let name = name_before(text, p).filter(|r| r.start >= floor);
    if let Some(r) = &name {
        let w = &text[r.clone()];
        if day_first && v.weekday_word(w).is_some() {
            if let Some(d) = parse_dmy(text, r.start, v) {
                return Some(d);
            }
        } else if v.month_first && v.month_word(w).is_some() {
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
    if day_first { parse_dmy(text, p, v) } else { None }
}

/// Running-text guard: in a language that capitalizes month names, a lower-case month counts
/// only with a year (`2 may be` is no date, `2 may 2020` is one).
fn plausible_in_text(text: &str, v: &DateVocab, d: &Parsed) -> bool {
    if v.lower_case_names || d.year.is_some() {
        return true;
    }
    let months = std::iter::once(&d.month).chain(d.first.as_ref().map(|(m, _)| m));
    months.into_iter().all(|m| !text[m.span.clone()].starts_with(char::is_lowercase))
}

/// The repair of a printed name, `None` when it is in its standard form: the canonical name,
/// in capitals when the text is, capitalized at the start of a sentence in a language whose
/// names are lower case.
fn name_fix(
    printed: &str,
    canonical: &str,
    form: NameForm,
    v: &DateVocab,
    sentence_start: bool,
) -> Option<String> {
    let may_capitalize = v.lower_case_names && sentence_start;
    if form == NameForm::Full
        && (printed == canonical
            || is_all_caps(printed)
            || (may_capitalize && printed == capitalize(canonical)))
    {
        return None;
    }
    let capital = may_capitalize && printed.starts_with(char::is_uppercase);
    Some(if capital { capitalize(canonical) } else { canonical.to_owned() })
}

/// Collects the issues of one parsed date, in text order.
struct Issues<'a> {
    text: &'a str,
    base: usize,
    v: &'a DateVocab,
    out: Vec<FormatIssue>,
}

impl Issues<'_> {
    fn push(&mut self, kind: IssueKind, r: Range<usize>, replacement: impl Into<String>) {
        let span = Span::new(r.start + self.base, r.end + self.base);
        self.out.push(FormatIssue::new(kind, span, replacement));
    }

    fn weekday(&mut self, w: &WeekdayTok, sentence_start: bool) {
        let canonical = &self.v.weekdays[w.weekday.index()];
        if let Some(fix) = name_fix(&self.text[w.span.clone()], canonical, w.form, self.v, sentence_start) {
            self.push(IssueKind::WeekdayName, w.span.clone(), fix);
        }
        match (self.v.weekday_comma, &w.comma) {
            (CommaRule::Required, None) => self.push(IssueKind::WeekdayComma, w.span.end..w.span.end, ","),
            (CommaRule::Forbidden, Some(r)) => self.push(IssueKind::WeekdayCommaForbidden, r.clone(), ""),
            _ => {}
        }
    }

    fn day(&mut self, d: &DayTok) {
        let expected = match d.value {
            1 => format!("1{}", self.v.first_day_suffix),
            n => n.to_string(),
        };
        let printed = &self.text[d.span.clone()];
        if printed != expected {
            let kind = if printed.starts_with('0') {
                IssueKind::DayLeadingZero
            } else if d.has_suffix {
                IssueKind::OrdinalSuffix
            } else {
                IssueKind::FirstOfMonth
            };
            self.push(kind, d.span.clone(), expected);
        }
    }

    fn month(&mut self, m: &MonthTok) {
        if !self.v.month_link.is_empty() && !m.link {
            self.push(IssueKind::MissingDe, m.span.start..m.span.start, format!("{} ", self.v.month_link));
        }
        let canonical = &self.v.months[m.month as usize - 1];
        if let Some(fix) = name_fix(&self.text[m.span.clone()], canonical, m.form, self.v, false) {
            self.push(IssueKind::MonthName, m.span.clone(), fix);
        }
    }

    fn year(&mut self, y: &YearTok) {
        if let Some(r) = &y.comma {
            self.push(IssueKind::CommaBeforeYear, r.clone(), "");
        }
        if !self.v.year_link.is_empty() && !y.link {
            self.push(IssueKind::MissingDe, y.span.start..y.span.start, format!("{} ", self.v.year_link));
        }
    }

    fn connector(&mut self, conn: &ConnTok, intro: Option<&str>) {
        let printed = &self.text[conn.span.clone()];
        if let (true, Some(joint)) = (conn.is_dash, intro) {
            self.push(IssueKind::DashAfterIntro, conn.span.clone(), format!(" {joint} "));
        } else if conn.is_dash && !self.v.range_dash.is_empty() && printed != self.v.range_dash {
            let spaced = printed.chars().any(is_gap_char);
            let kind = if spaced { IssueKind::SpacedRangeDash } else { IssueKind::RangeDash };
            self.push(kind, conn.span.clone(), self.v.range_dash.clone());
        }
    }

    /// `March 17–18, 2020` rewritten day first: `17–18 March 2020`.
    fn month_first(&mut self, d: &Parsed) {
        let mut fixed = d.d1.value.to_string();
        if let (Some(conn), Some(d2)) = (&d.conn, &d.d2) {
            let printed = fold_spaces(&self.text[conn.span.clone()]);
            let joint = if conn.is_dash && !self.v.range_dash.is_empty() {
                self.v.range_dash.clone()
            } else if conn.is_dash {
                printed.trim().to_owned()
            } else {
                format!(" {} ", printed.trim())
            };
            fixed.push_str(&joint);
            fixed.push_str(&d2.value.to_string());
        }
        fixed.push(' ');
        fixed.push_str(&self.v.months[d.month.month as usize - 1]);
        if let Some(y) = &d.year {
            fixed.push(' ');
            fixed.push_str(&y.year.to_string());
        }
        self.push(IssueKind::MonthFirst, d.month.span.start..d.end, fixed);
    }

    /// A403: a weekday date with a year that runs on into a clause takes a comma after it.
    fn clause_comma(&mut self, d: &Parsed) {
        let has_weekday = d.wd1.is_some() || d.wd2.is_some();
        if !self.v.clause_comma || !has_weekday || d.year.is_none() {
            return;
        }
        let Ok((rest, _)) = gap0(&self.text[d.end..]) else { return };
        if rest.starts_with(char::is_lowercase) {
            self.push(IssueKind::ClauseComma, d.end..d.end, ",");
        }
    }
}

fn build(text: &str, base: usize, v: &DateVocab, d: Parsed) -> DateMatch {
    let sentence_start = at_sentence_start(text, d.start);
    let mut issues = Issues { text, base, v, out: Vec::new() };
    if let Some(w) = &d.wd1 {
        issues.weekday(w, sentence_start);
    }
    if d.month_first {
        issues.month_first(&d);
    } else {
        issues.day(&d.d1);
        if let Some((m, y)) = &d.first {
            issues.month(m);
            if let Some(y) = y {
                issues.year(y);
            }
        }
        if let Some(conn) = &d.conn {
            issues.connector(conn, intro_connector(text, d.start, &v.intro_connectors));
        }
        if let Some(w) = &d.wd2 {
            issues.weekday(w, false);
        }
        if let Some(d2) = &d.d2 {
            issues.day(d2);
        }
        issues.month(&d.month);
        if let Some(y) = &d.year {
            issues.year(y);
        }
    }
    issues.clause_comma(&d);

    let sp = |r: &Range<usize>| Span::new(r.start + base, r.end + base);
    let mention = |w: &WeekdayTok| WeekdayMention { weekday: w.weekday, span: sp(&w.span) };
    let year = d.year.as_ref().map(|y| (y.year, Some(sp(&y.span))));
    let point = |wd: &Option<WeekdayTok>,
                 day: &DayTok,
                 month: &MonthTok,
                 year: Option<(i32, Option<Span>)>| DatePoint {
        weekday: wd.as_ref().map(mention),
        day: day.value,
        day_span: sp(&day.span),
        month: month.month,
        month_span: sp(&month.span),
        year: year.map(|y| y.0),
        year_span: year.and_then(|y| y.1),
    };
    let start = match &d.first {
        Some((m, y)) => {
            // A year printed only at the end carries over, one back if the range turns the year.
            let carried = d.year.as_ref().map(|y| (y.year - i32::from(m.month > d.month.month), None));
            point(&d.wd1, &d.d1, m, y.as_ref().map(|y| (y.year, Some(sp(&y.span)))).or(carried))
        }
        None => point(&d.wd1, &d.d1, &d.month, year),
    };
    let end = d.d2.as_ref().map(|d2| point(&d.wd2, d2, &d.month, year));
    DateMatch {
        span: Span::new(d.start + base, d.end + base),
        kind: d.conn.as_ref().map_or(DateKind::Single, |c| c.kind),
        start,
        end,
        issues: issues.out,
    }
}
