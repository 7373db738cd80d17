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

/// The normalized form compared: [`key_cased`] with the first letter in lower case.
fn normal(s: &str) -> String {
    let k = key_cased(s);
    let mut chars = k.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => k,
    }
}

/// The form compared in the second chance: no spaces and no hyphens, so that words split by
/// the extractor (`r einforcing`) or hyphenated at a line end (`sixty- sixth`) compare equal.
fn squeezed(s: &str) -> String {
    s.chars().filter(|&c| c != ' ' && c != '-').collect()
}

/// A key under which titles that [`compare`] finds the same are equal (and a few that differ
/// only in capitalization): for set lookups.
pub(crate) fn loose_key(s: &str) -> String {
    squeezed(&key_cased(s).to_lowercase())
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// How `title` differs from `reference`, or `None` when they are the same title.
pub(crate) fn compare(reference: &str, title: &str) -> Option<Difference> {
    let (r, t) = (normal(reference), normal(title));
    if r == t {
        return None;
    }
    let (rl, tl) = (r.to_lowercase(), t.to_lowercase());
    let caseless = all_caps(reference) || all_caps(title);
    if caseless && rl == tl {
        return None;
    }
    let (rs, ts) = if caseless { (squeezed(&rl), squeezed(&tl)) } else { (squeezed(&r), squeezed(&t)) };
    if rs == ts {
        return None;
    }
    if rl == tl || squeezed(&rl) == squeezed(&tl) {
        return Some(Difference::Case);
    }
    // Words as printed (first letter too), compared with the first letter of each title caseless.
    let (rk, tk) = (key_cased(reference), key_cased(title));
    let rw: Vec<&str> = rk.split(' ').collect();
    let tw: Vec<&str> = tk.split(' ').collect();
    let same = |i: usize, j: usize| {
        if i == 0 && j == 0 { normal(rw[0]) == normal(tw[0]) } else { rw[i] == tw[j] }
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
