//! Language detection: English, French or Spanish, from the headings and the most frequent
//! words of the text (`stopwords` in the vocabularies).

use crate::model::Language;
use crate::scan::Scan;
use crate::vocab;

/// Words looked at: enough for a stable answer, few enough to be cheap on huge inputs.
const SAMPLE_WORDS: usize = 800;

/// Lines looked at for headings: titles and the first headings stand at the top.
const HEADING_LINES: usize = 80;

/// The language of a document.
pub fn detect(text: &str, scan: &Scan) -> Language {
    let mut scores = [0usize; 3];
    let mut seen = 0;
    'lines: for (k, fl) in scan.flow.iter().enumerate() {
        let l = &fl.line;
        let s = &text[l.text().start..l.text().end];
        let headings = if k < HEADING_LINES { vocab::headings(s) } else { &[] };
        for (h, lang) in headings {
            if !matches!(h, vocab::Heading::Annotations | vocab::Heading::Documentation) {
                scores[lang.index()] += 25;
            }
        }
        for w in letter_runs(s) {
            seen += 1;
            if seen > SAMPLE_WORDS {
                break 'lines;
            }
            // Frequent words are short.
            if w.len() > 8 {
                continue;
            }
            let mask = vocab::stopword_languages(w);
            for (i, score) in scores.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *score += 1;
                }
            }
        }
    }
    let best = (0..3).max_by_key(|&i| (scores[i], usize::from(i == 0))).unwrap_or(0);
    Language::ALL[best]
}

/// The maximal runs of letters of `s` (in one pass, a byte at a time for ASCII).
fn letter_runs(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    // Whether the character at `i` is a letter, and its length.
    let at = move |i: usize| -> Option<(bool, usize)> {
        let &c = b.get(i)?;
        if c.is_ascii() {
            return Some((c.is_ascii_alphabetic(), 1));
        }
        let c = s[i..].chars().next()?;
        Some((c.is_alphabetic(), c.len_utf8()))
    };
    std::iter::from_fn(move || {
        loop {
            match at(i)? {
                (true, _) => break,
                (false, len) => i += len,
            }
        }
        let from = i;
        while let Some((true, len)) = at(i) {
            i += len;
        }
        Some(&s[from..i])
    })
}
