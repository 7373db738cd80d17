//! Job numbers and barcodes (un-conventions.md §1.3): the per-language production number at
//! the foot of a UN document's first page, and the barcode that repeats its digits.
//!
//! Printed forms differ by duty station: `V.20-07297 (E) 181220 211220` (Vienna, with one or
//! two DDMMYY processing dates), `GE.07-13562 (E)` (Geneva), `15-15651 (E)` (New York, no
//! prefix), `B25-00214 (E) TP140225` (Bangkok: a prefix without a full stop, a processing date
//! with two letters before it) and the compact library form `K0360265` (a duty-station letter
//! and seven digits).
//! The barcode `*2007297*` repeats the two-digit year and the five-digit serial.
//!
//! The parser is lenient so that rule A507 can say what is wrong with a number that looks like
//! a job number but is not one: a letter `O` among the digits, a serial one digit short.

use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, satisfy, space0, space1};
use nom::combinator::opt;
use nom::multi::many0;
use nom::{IResult, Parser};

use super::table::tables;

/// A job number, as printed at the foot of a document's first page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobNumber {
    /// The printed duty-station prefix: `V.`, `GE.`, a compact-form letter (`K`), or empty
    /// (New York's printed form has none).
    pub prefix: String,
    /// The duty station the prefix names, when known (`Vienna`); `New York` for no prefix.
    pub station: Option<String>,
    /// Two-digit year of the job (`20`).
    pub year: u8,
    /// Five-digit serial (`7297` for `07297`).
    pub serial: u32,
    /// The language letter in parentheses (`E`, `F`, `S`), when printed.
    pub language: Option<char>,
    /// Processing dates that follow, as `(day, month, two-digit year)`.
    pub dates: Vec<(u8, u8, u8)>,
    /// Bytes of the input the job number takes, dates included.
    pub len: usize,
}

impl JobNumber {
    /// The year with its century: 1946–1999 for `46`–`99`, 2000–2045 otherwise.
    pub fn full_year(&self) -> u16 {
        let yy = u16::from(self.year);
        if yy >= 46 { 1900 + yy } else { 2000 + yy }
    }

    /// The digits a barcode for this job number carries: year and serial, `2007297`.
    pub fn barcode(&self) -> String {
        format!("{:02}{:05}", self.year, self.serial)
    }

    /// The ISO 639-1 code of the language letter (`E` → `en`), when the letter is known.
    pub fn language_code(&self) -> Option<&'static str> {
        let mut buf = [0; 4];
        tables().job.languages.get(&*self.language?.encode_utf8(&mut buf)).map(String::as_str)
    }
}

/// What is wrong with a number that looks like a job number (rule A507).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct JobNumberError {
    /// Lower case, source text in backticks; several problems are joined with `; `.
    pub reason: String,
    /// Bytes of the input the job-number-like text takes.
    pub len: usize,
}

/// A digit, or a letter that OCR and typists put in a digit's place.
fn digitish(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, 'O' | 'o' | 'I' | 'l')
}

/// The parts of a job-number-like text, before any check.
struct Raw<'a> {
    prefix: &'a str,
    year: &'a str,
    serial: &'a str,
    space_before_language: bool,
    language: Option<char>,
    dates: Vec<&'a str>,
    len: usize,
}

/// `[prefix] YY "-" SERIAL [ [" "] "(" L ")" ] { " " [LL] DDMMYY }`, digits read leniently;
/// the prefix is capitals with a full stop (`V.`, `GE.`) or without (ESCAP's `B25-00214`), and a
/// processing date may carry two capitals before it (ESCAP's `TP140225`).
fn printed(input: &str) -> IResult<&str, Raw<'_>> {
    let (rest, (lead, prefix, year, _, serial)) = (
        space0,
        opt((take_while1(|c: char| c.is_ascii_uppercase()), opt(char('.')))),
        take_while_m_n(2, 2, digitish),
        char('-'),
        take_while_m_n(1, 7, digitish),
    )
        .parse(input)?;
    let (rest, language) =
        opt((space0, char('('), satisfy(|c| c.is_ascii_alphabetic()), char(')'))).parse(rest)?;
    let (rest, dates) = many0((
        space1,
        opt(take_while_m_n(2, 2, |c: char| c.is_ascii_uppercase())),
        take_while_m_n(6, 6, |c: char| c.is_ascii_digit()),
    ))
    .parse(rest)?;
    let prefix_len = prefix.map_or(0, |(p, dot)| p.len() + usize::from(dot.is_some()));
    let raw = Raw {
        prefix: &input[lead.len()..lead.len() + prefix_len],
        year,
        serial,
        space_before_language: language.is_some_and(|(s, ..)| !s.is_empty()),
        language: language.map(|(_, _, l, _)| l),
        dates: dates.into_iter().map(|(_, _, d)| d).collect(),
        len: input.len() - rest.len(),
    };
    Ok((rest, raw))
}

/// The compact form `K0360265`: a duty-station letter and seven digits.
fn compact(input: &str) -> IResult<&str, (&str, &str)> {
    let (rest, (_, letter, digits)) = (
        space0,
        take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
        take_while_m_n(7, 7, |c: char| c.is_ascii_digit()),
    )
        .parse(input)?;
    Ok((rest, (letter, digits)))
}

/// True when `rest` starts at a word boundary (the job number is not part of a longer word).
fn at_boundary(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Check the job number at the start of `s` (leading spaces allowed; whatever follows it,
/// such as a page counter, is left alone). `None` when `s` does not start with something
/// that looks like a job number; `Some(Err(_))` when it looks like one but is malformed.
pub fn check_job_number(s: &str) -> Option<Result<JobNumber, JobNumberError>> {
    if !may_start_job_number(s) {
        return None;
    }
    let t = tables();
    if let Ok((rest, (letter, digits))) = compact(s)
        && at_boundary(rest)
        && let Some(station) = t.job.compact.get(letter)
    {
        let (year, serial) = digits.split_at(2);
        return Some(Ok(JobNumber {
            prefix: letter.to_string(),
            station: Some(station.clone()),
            year: year.parse().ok()?,
            serial: serial.parse().ok()?,
            language: None,
            dates: Vec::new(),
            len: s.len() - rest.len(),
        }));
    }
    let (rest, raw) = printed(s).ok()?;
    let station = if raw.prefix.is_empty() {
        // Without a prefix `15-15651` could be any number range: a language letter, or the
        // exact shape of digits, says "job" (New York footers print `25-05237` alone).
        let exact = raw.serial.len() == 5
            && format!("{}{}", raw.year, raw.serial).bytes().all(|b| b.is_ascii_digit());
        if raw.language.is_none() && !exact {
            return None;
        }
        Some("New York".to_string())
    } else {
        Some(t.job.prefixes.get(raw.prefix)?.clone())
    };
    if !at_boundary(rest) || raw.serial.len() < 3 {
        return None;
    }
    let mut reasons = Vec::new();
    for (name, part) in [("year", raw.year), ("serial", raw.serial)] {
        if let Some(c) = part.chars().find(|c| !c.is_ascii_digit()) {
            reasons.push(format!("letter `{c}` where a digit belongs in the {name} `{part}`"));
        }
    }
    if raw.serial.len() != 5 {
        reasons.push(format!("serial `{}` has {} digits, not 5", raw.serial, raw.serial.len()));
    }
    if let Some(l) = raw.language {
        if !raw.space_before_language {
            reasons.push(format!("no space before `({l})`"));
        }
        if !t.job.languages.contains_key(&*l.encode_utf8(&mut [0; 4])) {
            reasons.push(format!("unknown language letter `{l}`"));
        }
    }
    let mut dates = Vec::new();
    for d in &raw.dates {
        match ddmmyy(d) {
            Some(date) => dates.push(date),
            None => reasons.push(format!("processing date `{d}` is not a DDMMYY date")),
        }
    }
    if !reasons.is_empty() {
        return Some(Err(JobNumberError { reason: reasons.join("; "), len: raw.len }));
    }
    Some(Ok(JobNumber {
        prefix: raw.prefix.to_string(),
        station,
        year: raw.year.parse().ok()?,
        serial: raw.serial.parse().ok()?,
        language: raw.language,
        dates,
        len: raw.len,
    }))
}

/// A byte test that [`compact`] or [`printed`] may match at the start of `s`: a capital and
/// seven digits, or two digit-like characters and a hyphen, after an optional `PREFIX.` or
/// `PREFIX`.
fn may_start_job_number(s: &str) -> bool {
    let b = s.trim_start_matches([' ', '\t']).as_bytes();
    let digitish = |i: usize| b.get(i).is_some_and(|&c| digitish(char::from(c)));
    let year_at = |p: usize| digitish(p) && digitish(p + 1) && b.get(p + 2) == Some(&b'-');
    let capitals = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let compact = capitals >= 1 && b.len() >= 8 && b[1..8].iter().all(u8::is_ascii_digit);
    compact
        || year_at(0)
        || (capitals >= 1 && (year_at(capitals) || b.get(capitals) == Some(&b'.') && year_at(capitals + 1)))
}

/// The well-formed job number at the start of `s`, if any (see [`check_job_number`]).
pub fn parse_job_number(s: &str) -> Option<JobNumber> {
    check_job_number(s)?.ok()
}

/// A DDMMYY processing date, when the day and month are possible.
fn ddmmyy(d: &str) -> Option<(u8, u8, u8)> {
    let n = |i: usize| d.get(i..i + 2)?.parse::<u8>().ok();
    let (day, month, year) = (n(0)?, n(2)?, n(4)?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some((day, month, year))
}

/// The digits of a barcode line `*2000127*` (seven digits between asterisks, surrounding
/// whitespace allowed).
pub fn barcode_digits(s: &str) -> Option<&str> {
    let parsed: IResult<&str, &str> =
        (space0, tag("*"), take_while_m_n(7, 7, |c: char| c.is_ascii_digit()), tag("*"), space0)
            .map(|(_, _, d, _, _)| d)
            .parse(s);
    match parsed {
        Ok(("", digits)) => Some(digits),
        _ => None,
    }
}

/// True when the barcode line `barcode` carries the digits of `job` (rule A504).
pub fn barcode_matches(job: &JobNumber, barcode: &str) -> bool {
    barcode_digits(barcode).is_some_and(|d| d == job.barcode())
}
