//! What a line begins with: an item number, a sub-item marker, a group letter, an
//! `Item N` heading word. These are the terminals of the grammar's list and heading
//! productions (`grammar/agenda.ebnf`), recognized with nom on a line's trimmed text.

use nom::branch::alt;
use nom::bytes::complete::{tag_no_case, take_while_m_n};
use nom::character::complete::{char, satisfy};
use nom::combinator::{eof, opt, peek, recognize};
use nom::{IResult, Parser};

use crate::fold::is_space;
use crate::lexer::{number, number_then};
use crate::model::MarkerStyle;

/// How a line begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lead {
    /// `1.` (item-number): the number, the length of `1.`, and where the rest begins.
    Item { number: u32, len: usize, rest: usize },
    /// `(a)`, `a)`, `(ii)` (sub-marker).
    Sub { marker: String, style: MarkerStyle, len: usize, rest: usize },
    /// `A.` (group-letter) before a group heading in a General Assembly list.
    Group { letter: char, len: usize, rest: usize },
    /// `Item 3` / `Point 3` / `Tema 3` (item-word-heading), UNEP style.
    ItemWord { number: u32, len: usize, rest: usize },
    /// Anything else.
    None,
}

/// The lead of trimmed line text.
pub fn lead(s: &str) -> Lead {
    if s.is_empty() {
        return Lead::None;
    }
    let bytes = s.as_bytes();
    let b = bytes[0];
    // Byte tests the productions need, before any parse (`item_number` has its own): `a)` …
    // `(xxxiv)` have their bracket among the first seven bytes, `A.` its full stop second;
    // an item word (in any case) begins the line.
    let plausible = match b {
        b'0'..=b'9' => true,
        b'(' | b'a'..=b'z' => bytes[1..bytes.len().min(7)].contains(&b')'),
        b'A'..=b'Z' => {
            let starts = |w: &str| s.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w));
            bytes.get(1) == Some(&b'.') || ITEM_WORDS.iter().any(|w| starts(w))
        }
        _ => false,
    };
    if !plausible {
        return Lead::None;
    }
    let parsed = if b.is_ascii_digit() {
        item_number(s).map(|(rest, n)| Lead::Item { number: n, len: s.len() - rest.len(), rest: 0 })
    } else if b == b'(' || b.is_ascii_lowercase() {
        sub_marker(s).map(|(rest, (marker, style))| Lead::Sub {
            marker: marker.to_string(),
            style,
            len: s.len() - rest.len(),
            rest: 0,
        })
    } else if b.is_ascii_uppercase() {
        group_letter(s)
            .map(|(rest, letter)| Lead::Group { letter, len: s.len() - rest.len(), rest: 0 })
            .or_else(|_| {
                item_word(s).map(|(rest, n)| Lead::ItemWord { number: n, len: s.len() - rest.len(), rest: 0 })
            })
    } else {
        return Lead::None;
    };
    let Ok(mut lead) = parsed else { return Lead::None };
    let len = match &lead {
        Lead::Item { len, .. }
        | Lead::Sub { len, .. }
        | Lead::Group { len, .. }
        | Lead::ItemWord { len, .. } => *len,
        Lead::None => return Lead::None,
    };
    let after = s[len..].trim_start_matches(is_space);
    let rest_at = s.len() - after.len();
    match &mut lead {
        Lead::Item { rest, .. }
        | Lead::Sub { rest, .. }
        | Lead::Group { rest, .. }
        | Lead::ItemWord { rest, .. } => *rest = rest_at,
        Lead::None => {}
    }
    lead
}

fn boundary(s: &str) -> IResult<&str, ()> {
    alt((eof.map(|_| ()), peek(satisfy(is_space)).map(|_| ()))).parse(s)
}

/// item-number = digit{1,3} "." ( ws | end ) ;
pub fn item_number(s: &str) -> IResult<&str, u32> {
    let (rest, n) = number_then(s, b'.')?;
    let (rest, _) = boundary(rest)?;
    Ok((rest, n))
}

fn letters(s: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 5, |c: char| c.is_ascii_lowercase()).parse(s)
}

/// True for a sub-item letter (`a`, `z`, `aa`) or a roman numeral (`i`, `xiv`).
pub fn is_marker_word(m: &str) -> bool {
    (m.len() == 1) || (m.len() == 2 && m.as_bytes()[0] == m.as_bytes()[1]) || roman_value(m).is_some()
}

/// sub-marker = "(" marker ")" | marker ")" ;  marker = letter | letter letter | roman ;
pub fn sub_marker(s: &str) -> IResult<&str, (&str, MarkerStyle)> {
    let paren = (char('('), letters, char(')')).map(|(_, m, _)| (m, MarkerStyle::Parenthesized));
    let close = (letters, char(')')).map(|(m, _)| (m, MarkerStyle::CloseParen));
    let (rest, (m, style)) = alt((paren, close)).parse(s)?;
    if !is_marker_word(m) {
        return Err(nom::Err::Error(nom::error::Error::new(s, nom::error::ErrorKind::Verify)));
    }
    let (rest, _) = boundary(rest)?;
    Ok((rest, (m, style)))
}

/// group-letter = upper "." ( ws | end ) ;  (General Assembly group headings `A. Promotion of …`)
pub fn group_letter(s: &str) -> IResult<&str, char> {
    let (rest, (c, _)) = (satisfy(|c| c.is_ascii_uppercase()), char('.')).parse(s)?;
    let (rest, _) = boundary(rest)?;
    Ok((rest, c))
}

/// The words of `item-word-heading`, in its order.
const ITEM_WORDS: [&str; 3] = ["Item", "Point", "Tema"];

/// item-word-heading = ( "Item" | "Point" | "Tema" ) ws digit{1,3} [ ":" | "." ] ( ws | end ) ;
pub fn item_word(s: &str) -> IResult<&str, u32> {
    let [a, b, c] = ITEM_WORDS;
    let word = alt((tag_no_case(a), tag_no_case(b), tag_no_case(c)));
    let (rest, (_, _, n, _)) =
        (word, take_while_m_n(1, 3, is_space), number, opt(alt((char(':'), char('.'))))).parse(s)?;
    let (rest, _) = boundary(rest)?;
    Ok((rest, n))
}

/// Value of a lower-case roman numeral up to 39 (`xxxix`).
pub fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let (tens, rest) = {
        let t = s.bytes().take_while(|&b| b == b'x').count();
        (t as u32, &s[t..])
    };
    if tens > 3 {
        return None;
    }
    let units = match rest {
        "" => 0,
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        "vi" => 6,
        "vii" => 7,
        "viii" => 8,
        "ix" => 9,
        _ => return None,
    };
    let v = tens * 10 + units;
    (v > 0).then_some(v)
}

/// The roman numeral of a number (1–39), lower case.
pub fn roman(n: u32) -> String {
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let mut s = "x".repeat((n / 10) as usize);
    s.push_str(UNITS[(n % 10) as usize]);
    s
}

/// Letter of the `n`-th sub-item (1-based): a … z, then aa, bb …
pub fn letter(n: u32) -> String {
    let n = n.max(1) - 1;
    let c = char::from(b'a' + (n % 26) as u8);
    std::iter::repeat_n(c, (n / 26 + 1) as usize).collect()
}

/// 1-based position of a sub-item letter (`a` → 1, `aa` → 27).
pub fn letter_value(m: &str) -> Option<u32> {
    let b = m.as_bytes();
    if b.is_empty() || !b.iter().all(|&c| c == b[0]) || !b[0].is_ascii_lowercase() {
        return None;
    }
    Some(u32::from(b[0] - b'a') + 1 + 26 * (b.len() as u32 - 1))
}

/// Recognize something that is a marker in a longer text: `(a)`, `a)`, for inline use.
pub fn starts_with_marker(s: &str) -> bool {
    recognize(sub_marker).parse(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads() {
        assert_eq!(lead("1. Organizational matters:"), Lead::Item { number: 1, len: 2, rest: 3 });
        assert_eq!(lead("12."), Lead::Item { number: 12, len: 3, rest: 3 });
        assert_eq!(lead("2020 at 10 a.m."), Lead::None);
        assert_eq!(lead("3.5 per cent"), Lead::None);
        assert_eq!(
            lead("(a) Opening of the meeting;"),
            Lead::Sub { marker: "a".into(), style: MarkerStyle::Parenthesized, len: 3, rest: 4 }
        );
        assert_eq!(
            lead("b)\u{a0}Élection du Bureau"),
            Lead::Sub { marker: "b".into(), style: MarkerStyle::CloseParen, len: 2, rest: 4 }
        );
        assert!(matches!(lead("(ii) Report"), Lead::Sub { ref marker, .. } if marker == "ii"));
        assert_eq!(lead("(ab) x"), Lead::None);
        assert_eq!(
            lead("A. Promotion of sustained economic growth"),
            Lead::Group { letter: 'A', len: 2, rest: 3 }
        );
        assert_eq!(lead("Item 4"), Lead::ItemWord { number: 4, len: 6, rest: 6 });
        assert_eq!(lead("Items of business"), Lead::None);
        assert_eq!(lead("(see annex)"), Lead::None);
    }

    #[test]
    fn numerals() {
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman(14), "xiv");
        assert_eq!(letter(1), "a");
        assert_eq!(letter(27), "aa");
        assert_eq!(letter_value("bb"), Some(28));
        assert_eq!(letter_value("ab"), None);
    }
}
