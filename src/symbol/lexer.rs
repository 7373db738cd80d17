//! The lenient first layer of the symbol parser: it cuts a symbol into components and each
//! component into head, dot, index and rest, without judging them.
//!
//! The grammar is un-conventions.md §1.2, loosened so that malformed symbols still lex and
//! the classifier (`classify.rs`) can say what is wrong with them:
//!
//! ```ebnf
//! symbol    = component { "/" component } [ "*" ] ;      (* components may be empty here *)
//! component = head [ "." ] index rest ;                  (* every part may be empty *)
//! head      = { letter | "&" } ;                         (* A, CTOC, Sub, Rev, L&R *)
//! index     = { letter | digit } ;                       (* 7, 234, I, 2020 *)
//! rest      = { letter | digit | "." | "-" | "&" } ;     (* ".31" in OzL.Pro.31, "-L&R", "-13" *)
//! paren     = [ " " ] "(" paren_text ")" ;               (* (III), (2002), (Part I) *)
//! ```

use nom::bytes::complete::{take_while, take_while_m_n};
use nom::character::complete::{char, space0};
use nom::combinator::{all_consuming, opt};
use nom::multi::separated_list1;
use nom::{IResult, Offset, Parser};

/// One component between slashes, cut into its parts. Offsets are bytes into the lexed string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Component<'a> {
    /// The whole component (empty for the middle of `A//75`).
    pub text: &'a str,
    /// Where `text` starts in the lexed string.
    pub offset: usize,
    /// Leading letters (and `&`): `CN` in `CN.7`, `Rev` in `Rev1`, empty in `2020`.
    pub head: &'a str,
    /// True when a `.` follows the head.
    pub dot: bool,
    /// The letters and digits after the head and dot: `7` in `CN.7`, `I` in `PC.I`.
    pub index: &'a str,
    /// Whatever follows: `.31` in `OzL.Pro.31`, `-L&R` in `WG-L&R`, `-13` in `S-13`.
    pub rest: &'a str,
}

impl Component<'_> {
    /// True for a component that is only a head: `CONF`, `L`, `NGO`.
    pub fn is_bare(&self) -> bool {
        !self.head.is_empty() && !self.dot && self.index.is_empty() && self.rest.is_empty()
    }
}

/// A symbol cut into components.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexed<'a> {
    /// The components, in order.
    pub components: Vec<Component<'a>>,
    /// True when the symbol ends with `*` (reissued for technical reasons).
    pub star: bool,
}

/// A character that may appear inside a component.
pub fn is_component_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'&')
}

fn is_head_char(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '&'
}

/// `component = head [ "." ] index rest`, every part possibly empty.
fn component(input: &str) -> IResult<&str, (&str, &str, Option<char>, &str, &str)> {
    let (remaining, text) = take_while(|c: char| c.is_ascii() && is_component_byte(c as u8))(input)?;
    let (_, (head, dot, index, rest)) = (
        take_while(is_head_char),
        opt(char('.')),
        take_while(|c: char| c.is_ascii_alphanumeric()),
        take_while(|_| true),
    )
        .parse(text)?;
    Ok((remaining, (text, head, dot, index, rest)))
}

/// Lex a whole symbol (no whitespace inside, no parenthetical part). `None` when `input`
/// holds anything but components, slashes and one final `*`.
pub fn lex(input: &str) -> Option<Lexed<'_>> {
    let parsed: IResult<&str, _> =
        all_consuming((separated_list1(char('/'), component), opt(char('*')))).parse(input);
    let (_, (parts, star)) = parsed.ok()?;
    let components = parts
        .into_iter()
        .map(|(text, head, dot, index, rest)| Component {
            text,
            offset: input.offset(text),
            head,
            dot: dot.is_some(),
            index,
            rest,
        })
        .collect();
    Some(Lexed { components, star: star.is_some() })
}

/// Longest text inside a parenthetical part (`Resumption 12` is 13 bytes); the bound keeps a
/// stray `(` from making the scan read to the end of the line for every symbol.
const MAX_PAREN: usize = 40;

/// The text inside a parenthetical part at the start of `input` (`(III)`, ` (Part I)`), and
/// the number of bytes it takes. At most one space may come before the parenthesis, and the
/// part may not cross a line.
pub fn paren(input: &str) -> Option<(&str, usize)> {
    let parsed: IResult<&str, _> = (
        space0,
        char('('),
        take_while_m_n(1, MAX_PAREN, |c: char| c != ')' && c != '(' && c != '\n' && c != '\r'),
        char(')'),
    )
        .parse(input);
    let (remaining, (space, _, inner, _)) = parsed.ok()?;
    (space.len() <= 1).then_some((inner, input.len() - remaining.len()))
}

/// True for a Roman numeral written in capitals (`III`, `XXX`).
pub fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
}
