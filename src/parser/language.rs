//! Language detection: English, French or Spanish, from the headings and the most frequent
//! words of the text (`stopwords` in the vocabularies).

use crate::model::Language;
use crate::scan::Scan;
use crate::vocab;

/// Words looked at: enough for a stable answer, few enough to be cheap on huge inputs.
const SAMPLE_WORDS: usize = 4000;

/// The language of a document.
pub fn detect(text: &str, scan: &Scan) -> Language {
    let vocabs = vocab::all();
    let mut scores = [0usize; 3];
    let mut seen = 0;
    'lines: for fl in &scan.flow {
        let l = &scan.lines[fl.line];
        let s = &text[l.text.start..l.text.end];
        for (h, lang) in vocab::headings(s) {
            if !matches!(h, vocab::Heading::Annotations | vocab::Heading::Documentation) {
                scores[index(*lang)] += 25;
            }
        }
        for w in s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            seen += 1;
            if seen > SAMPLE_WORDS {
                break 'lines;
            }
            if w.len() > 6 {
                continue;
            }
            let lower = w.to_lowercase();
            for v in vocabs {
                if v.stopwords.contains(&lower) {
                    scores[index(v.language)] += 1;
                }
            }
        }
    }
    let best = (0..3).max_by_key(|&i| (scores[i], usize::from(i == 0))).unwrap_or(0);
    Language::ALL[best]
}

fn index(l: Language) -> usize {
    match l {
        Language::En => 0,
        Language::Fr => 1,
        Language::Es => 2,
    }
}
