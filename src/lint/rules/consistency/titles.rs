//! Comparing a title with the agenda list's wording (A202, A205), and saying how they differ.
//!
//! Titles are compared after normalization: whitespace folded, typographic quotes and dashes
//! made ASCII, final `. : ;` dropped ([`crate::fold::key_cased`]). Case is kept, because UN
//! titles are in sentence case and "Working Group" against "working group" is a real editorial
//! difference; only the first letter is compared without case, and a title printed all in
//! capitals is compared without case. As a second chance, titles that agree once spaces and
//! hyphens are removed are the same title split differently by the extractor (`r einforcing`,
//! `organi- zation`, `sixty- sixth`); A601 and A607 report those.

use crate::fold::key_cased;

/// How a title departs from the reference wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Difference {
    /// The same words, capitalized differently.
    Case,
    /// The words that differ: `ours` in the title checked where the reference has `theirs`
    /// (either may be empty when words were only added or only left out).
    Words { ours: String, theirs: String },
}

impl Difference {
    /// A message fragment: `lacks `and prosecutorial``, `has `X` where the list has `Y``.
    pub(crate) fn describe(&self, reference: &str) -> String {
        match self {
            Difference::Case => format!("differs from the {reference} in capitalization"),
            Difference::Words { ours, theirs } if ours.is_empty() => format!("lacks `{}`", clip(theirs)),
            Difference::Words { ours, theirs } if theirs.is_empty() => {
                format!("has `{}`, which the {reference} does not", clip(ours))
            }
            Difference::Words { ours, theirs } => {
                format!("has `{}` where the {reference} has `{}`", clip(ours), clip(theirs))
            }
        }
    }
}

/// Longest differing passage quoted in a message, in characters.
const CLIP: usize = 60;

fn clip(s: &str) -> String {
    if s.chars().count() <= CLIP {
        return s.to_string();
    }
    let cut: String = s.chars().take(CLIP).collect();
    format!("{} …", cut.trim_end())
}

/// Equal after [`key_cased`], the first letter compared without case.
fn same_but_first_case(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    match (x.next(), y.next()) {
        (Some(p), Some(q)) => p.to_lowercase().eq(q.to_lowercase()) && x.as_str() == y.as_str(),
        (None, None) => true,
        _ => false,
    }
}

/// The characters compared in the second chance: no spaces and no hyphens, so that words split
/// by the extractor (`r einforcing`) or hyphenated at a line end (`sixty- sixth`) compare equal.
fn squeezed(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|&c| c != ' ' && c != '-')
}

fn caseless(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

/// A key under which titles that [`compare`] finds the same are equal (and a few that differ
/// only in capitalization): for set lookups.
pub(crate) fn loose_key(s: &str) -> String {
    squeezed(&key_cased(s)).flat_map(char::to_lowercase).collect()
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Longest title compared, in bytes. UN agenda titles stay well under it; a longer "title" is
/// text the parser ran into a title, and comparing its first part says all there is to say.
pub(crate) const LONGEST_TITLE: usize = 2000;

/// `s` cut to at most [`LONGEST_TITLE`] bytes, at a character boundary.
fn capped(s: &str) -> &str {
    if s.len() <= LONGEST_TITLE {
        return s;
    }
    let mut end = LONGEST_TITLE;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// How `title` differs from `reference`, or `None` when they are the same title. Each side is
/// normalized once (up to [`LONGEST_TITLE`]); the comparisons after that allocate nothing.
pub(crate) fn compare(reference: &str, title: &str) -> Option<Difference> {
    if reference == title {
        return None;
    }
    let (rk, tk) = (key_cased(capped(reference)), key_cased(capped(title)));
    if same_but_first_case(&rk, &tk) {
        return None;
    }
    let same_caseless = || caseless(&rk).eq(caseless(&tk));
    let same_squeezed_caseless =
        || squeezed(&rk).flat_map(char::to_lowercase).eq(squeezed(&tk).flat_map(char::to_lowercase));
    if all_caps(&rk) || all_caps(&tk) {
        if same_caseless() || same_squeezed_caseless() {
            return None;
        }
    } else {
        let (mut r, mut t) = (squeezed(&rk), squeezed(&tk));
        let first_same = match (r.next(), t.next()) {
            (Some(p), Some(q)) => p.to_lowercase().eq(q.to_lowercase()),
            (p, q) => p == q,
        };
        if first_same && r.eq(t) {
            return None;
        }
        if same_caseless() || same_squeezed_caseless() {
            return Some(Difference::Case);
        }
    }
    // Words as printed (first letter too), compared with the first letter of each title caseless.
    let rw: Vec<&str> = rk.split(' ').collect();
    let tw: Vec<&str> = tk.split(' ').collect();
    let same = |i: usize, j: usize| {
        if i == 0 && j == 0 { same_but_first_case(rw[0], tw[0]) } else { rw[i] == tw[j] }
    };
    let prefix = (0..rw.len().min(tw.len())).take_while(|&i| same(i, i)).count();
    let max_suffix = rw.len().min(tw.len()) - prefix;
    let suffix = (0..max_suffix).take_while(|&k| same(rw.len() - 1 - k, tw.len() - 1 - k)).count();
    Some(Difference::Words {
        ours: tw[prefix..tw.len() - suffix].join(" "),
        theirs: rw[prefix..rw.len() - suffix].join(" "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(ours: &str, theirs: &str) -> Option<Difference> {
        Some(Difference::Words { ours: ours.into(), theirs: theirs.into() })
    }

    #[test]
    fn same_titles_after_normalization() {
        let same = [
            (
                "Adoption of the agenda and organization of work",
                "Adoption of the agenda and  organization\nof work",
            ),
            ("Organizational matters", "Organizational matters:"),
            ("Other matters", "other matters"),
            ("Review of the “Firearms Protocol”", "Review of the \"Firearms Protocol\""),
            ("Asset recovery – progress", "Asset recovery - progress"),
            ("by reinforcing national controls", "by r einforcing national controls"),
            ("organization of work", "organi- zation of work"),
            ("on its sixty-sixth session", "on its sixty- sixth session"),
            ("Questions d’organisation", "Questions d'organisation"),
            ("Other matters", "OTHER MATTERS"),
            ("Otros asuntos", "Otros asuntos."),
        ];
        for (a, b) in same {
            assert_eq!(compare(a, b), None, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn differences_are_named_by_their_words() {
        let cases = [
            (
                "Investigative and prosecutorial approaches in countering illicit firearms trafficking",
                "Investigative approaches in countering illicit firearms trafficking",
                words("", "and prosecutorial"),
            ),
            (
                "Responsiveness of the Firearms Protocol",
                "Responsiveness of the Protocol",
                words("", "Firearms"),
            ),
            ("Election of officers", "Election of the Bureau", words("the Bureau", "officers")),
            ("Other matters", "Other matters and closing", words("and closing", "")),
            ("Report of the Working Group", "Report of the working group", Some(Difference::Case)),
            ("Asset recovery", "Asset-recovering", words("Asset-recovering", "Asset recovery")),
        ];
        for (reference, title, want) in cases {
            assert_eq!(compare(reference, title), want, "{title:?}");
        }
    }

    #[test]
    fn loose_keys_agree_with_compare() {
        let pairs = [
            ("Other matters", "other  matters."),
            ("by reinforcing", "by r einforcing"),
            ("Sixty-sixth", "sixty- sixth"),
        ];
        for (a, b) in pairs {
            assert_eq!(compare(a, b), None);
            assert_eq!(loose_key(a), loose_key(b));
        }
    }

    #[test]
    fn long_runs_are_compared_by_their_start() {
        let run = format!("Adoption of the report {}", "Annotated provisional agenda ".repeat(500));
        assert_eq!(
            compare("Adoption of the report", &run).map(|d| matches!(d, Difference::Words { .. })),
            Some(true)
        );
        assert_eq!(compare(&"word ".repeat(900), &"word ".repeat(900)), None);
    }

    #[test]
    fn descriptions() {
        assert_eq!(
            words("", "and prosecutorial").expect("some").describe("list title"),
            "lacks `and prosecutorial`"
        );
        assert_eq!(
            words("the Bureau", "officers").expect("some").describe("list title"),
            "has `the Bureau` where the list title has `officers`"
        );
        assert_eq!(Difference::Case.describe("list title"), "differs from the list title in capitalization");
        let long = "word ".repeat(30);
        assert!(words(&long, "").expect("some").describe("list title").contains(" …`"));
    }
}
