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
                scores[index(*lang)] += 25;
            }
        }
        for w in s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            seen += 1;
            if seen > SAMPLE_WORDS {
                break 'lines;
            }
            // Frequent words are short; fold them into a small buffer, no allocation.
            if w.len() > 8 {
                continue;
            }
            let mut buf = [0u8; 32];
            let mut n = 0;
            for c in w.chars().flat_map(char::to_lowercase) {
                let mut tmp = [0u8; 4];
                let e = c.encode_utf8(&mut tmp).as_bytes();
                if n + e.len() > buf.len() {
                    break;
                }
                buf[n..n + e.len()].copy_from_slice(e);
                n += e.len();
            }
            let Ok(lower) = std::str::from_utf8(&buf[..n]) else { continue };
            let mask = vocab::stopword_languages(lower);
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

fn index(l: Language) -> usize {
    Language::ALL.iter().position(|x| *x == l).unwrap_or(0)
}
