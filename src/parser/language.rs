//! Language detection: English, French or Spanish, from the headings and the most frequent
//! words of the text (`stopwords` in the vocabularies).

use crate::bytes::{find_byte, not_ascii_letter_bytes};
use crate::datetime::is_letter;
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
        let b = s.as_bytes();
        let mut i = 0;
        // The maximal runs of letters, ASCII ones a slice at a time.
        while let Some(&c) = b.get(i) {
            if c.is_ascii() && !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let from = i;
            let mut ascii = true;
            loop {
                i = find_byte(b, i, not_ascii_letter_bytes).map_or(b.len(), |e| e.min(b.len()));
                // Only a byte outside ASCII is decoded: an ASCII one ends the run.
                match b.get(i).filter(|c| !c.is_ascii()).and_then(|_| s[i..].chars().next()) {
                    Some(ch) if is_letter(ch) => {
                        ascii = false;
                        i += ch.len_utf8();
                    }
                    _ => break,
                }
            }
            if i == from {
                // A character that is not a letter.
                i += s[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            seen += 1;
            if seen > SAMPLE_WORDS {
                break 'lines;
            }
            // Frequent words are short.
            let word = &b[from..i];
            if word.len() > 8 {
                continue;
            }
            let mask = if ascii {
                vocab::stopword_languages_ascii(word)
            } else {
                vocab::stopword_languages(&s[from..i])
            };
            for (l, score) in scores.iter_mut().enumerate() {
                if mask & (1 << l) != 0 {
                    *score += 1;
                }
            }
        }
    }
    let best = (0..3).max_by_key(|&i| (scores[i], usize::from(i == 0))).unwrap_or(0);
    Language::ALL[best]
}
