//! Comparing a parsed document with its known structure (`truth.json`, written by
//! `tools/agendagen`): the share of items, sub-items, annotation headings, paragraphs,
//! documentation entries, footnotes, schedule entries and masthead fields recovered exactly.
//! Used by the structure-accuracy report (`examples/accuracy.rs`) and its regression test
//! (`tests/it/accuracy.rs`). Text is compared with whitespace folded, as the truth is written.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use agendum::model::{Block, Document};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
pub struct Score {
    pub hit: usize,
    pub total: usize,
}

impl Score {
    pub fn add(&mut self, ok: bool) {
        self.total += 1;
        self.hit += usize::from(ok);
    }
    pub fn merge(&mut self, o: Score) {
        self.hit += o.hit;
        self.total += o.total;
    }
}

pub const KINDS: [&str; 9] = [
    "items",
    "sub-items",
    "headings",
    "paragraphs",
    "doc-entries",
    "footnotes",
    "entries",
    "slots",
    "masthead",
];

pub type Scores = [Score; 9];

fn fold(s: &str) -> String {
    agendum::fold::fold_whitespace(s)
}

/// A title without its final `.`, `:` or `;`.
fn bare(s: &str) -> String {
    s.trim_end_matches(['.', ':', ';']).trim_end().to_string()
}

pub fn pct(s: &Score) -> String {
    if s.total == 0 {
        "–".into()
    } else {
        format!("{:.1}% ({}/{})", 100.0 * s.hit as f64 / s.total as f64, s.hit, s.total)
    }
}

pub fn extractor_name(p: &Path) -> String {
    let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    match stem {
        "tika" | "pdftotext" | "pdftotext-layout" | "pdfminer" | "pypdf" | "pymupdf" => stem.to_string(),
        _ => "seed".to_string(),
    }
}

fn str_of(v: &Value) -> String {
    v.as_str().map(fold).unwrap_or_default()
}

/// How many times `n` was seen before (and count this one).
fn occurrence(seen: &mut BTreeMap<u32, usize>, n: u32) -> usize {
    let c = seen.entry(n).or_insert(0);
    *c += 1;
    *c - 1
}

pub fn compare(t: &Value, d: &Document, misses: &mut Vec<String>) -> Scores {
    let mut s: Scores = Default::default();
    // Agenda list.
    let parsed_items = d.agenda.as_ref().map(|a| a.items.as_slice()).unwrap_or(&[]);
    // A number the document repeats (a numbering fault) is matched occurrence by occurrence.
    let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
    for ti in t["agenda"]["items"].as_array().into_iter().flatten() {
        let n = ti["number"].as_u64().unwrap_or(0) as u32;
        let k = occurrence(&mut seen, n);
        let p = parsed_items.iter().filter(|i| i.number == n).nth(k);
        let ok = p.is_some_and(|p| p.title == str_of(&ti["title"]));
        if !ok {
            misses.push(format!("item {n}: want {:?}, got {:?}", str_of(&ti["title"]), p.map(|p| &p.title)));
        }
        s[0].add(ok);
        for ts in ti["sub_items"].as_array().into_iter().flatten() {
            let m = str_of(&ts["marker"]);
            let ps = p.and_then(|p| p.sub_items.iter().find(|x| x.marker == m));
            let ok = ps.is_some_and(|x| x.title == str_of(&ts["title"]));
            if !ok {
                misses.push(format!(
                    "item {n} ({m}): want {:?}, got {:?}",
                    str_of(&ts["title"]),
                    ps.map(|x| &x.title)
                ));
            }
            s[1].add(ok);
            for tss in ts["sub_items"].as_array().into_iter().flatten() {
                let mm = str_of(&tss["marker"]);
                let pss = ps.and_then(|x| x.sub_items.iter().find(|y| y.marker == mm));
                let ok = pss.is_some_and(|y| y.title == str_of(&tss["title"]));
                if !ok {
                    misses.push(format!("item {n} ({m}) ({mm}): want {:?}", str_of(&tss["title"])));
                }
                s[1].add(ok);
            }
        }
    }
    // Annotations.
    let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
    for ta in t["annotations"].as_array().into_iter().flatten() {
        let n = ta["number"].as_u64().unwrap_or(0) as u32;
        let k = occurrence(&mut seen, n);
        let pa = d.annotations.iter().filter(|a| a.number == n).nth(k);
        // Titles are given without list punctuation (PRODUCT.md); the truth keeps a heading's
        // final stop as printed (the heading-punctuation fault), so compare without it.
        let ok = pa.is_some_and(|a| a.title == bare(&str_of(&ta["title"])));
        if !ok {
            misses.push(format!(
                "heading {n}: want {:?}, got {:?}",
                str_of(&ta["title"]),
                pa.map(|a| &a.title)
            ));
        }
        s[2].add(ok);
        body(&format!("{n}"), &ta["body"], pa.map(|a| a.body.as_slice()).unwrap_or(&[]), &mut s, misses);
        for ts in ta["sub_items"].as_array().into_iter().flatten() {
            let m = str_of(&ts["marker"]);
            let ps = pa.and_then(|a| a.sub_items.iter().find(|x| x.marker == m));
            let ok = ps.is_some_and(|x| x.title == str_of(&ts["title"]));
            if !ok {
                misses.push(format!(
                    "heading {n} ({m}): want {:?}, got {:?}",
                    str_of(&ts["title"]),
                    ps.map(|x| &x.title)
                ));
            }
            s[2].add(ok);
            body(
                &format!("{n} ({m})"),
                &ts["body"],
                ps.map(|x| x.body.as_slice()).unwrap_or(&[]),
                &mut s,
                misses,
            );
            for tss in ts["sub_items"].as_array().into_iter().flatten() {
                let mm = str_of(&tss["marker"]);
                let pss = ps.and_then(|x| x.sub_items.iter().find(|y| y.marker == mm));
                let ok = pss.is_some_and(|y| y.title == str_of(&tss["title"]));
                s[2].add(ok);
                body(
                    &format!("{n} ({m}) ({mm})"),
                    &tss["body"],
                    pss.map(|y| y.body.as_slice()).unwrap_or(&[]),
                    &mut s,
                    misses,
                );
            }
        }
    }
    // Footnotes.
    for tf in t["footnotes"].as_array().into_iter().flatten() {
        let m = str_of(&tf["marker"]);
        let pf = d.footnotes.iter().find(|f| f.marker == m);
        let ok = pf.is_some_and(|f| f.text == str_of(&tf["text"]));
        if !ok {
            misses.push(format!(
                "footnote {m}: want {:?}, got {:?}",
                str_of(&tf["text"]),
                pf.map(|f| &f.text)
            ));
        }
        s[5].add(ok);
    }
    // Schedule entries, in order, with their day and slot.
    let mut want = Vec::new();
    for ta in t["annexes"].as_array().into_iter().flatten() {
        for day in ta["schedule"]["days"].as_array().into_iter().flatten() {
            for slot in day["slots"].as_array().into_iter().flatten() {
                for e in slot["entries"].as_array().into_iter().flatten() {
                    want.push(format!(
                        "{} {} {} {} {:?} {}",
                        str_of(&day["date"]),
                        str_of(&slot["start"]),
                        e["item"],
                        str_of(&e["sub_item"]),
                        str_of(&e["title"]),
                        e["continued"]
                    ));
                }
            }
        }
    }
    let mut got = Vec::new();
    for a in &d.annexes {
        if let Some(sc) = &a.schedule {
            for day in &sc.days {
                for slot in &day.slots {
                    for e in &slot.entries {
                        got.push(format!(
                            "{} {} {} {} {:?} {}",
                            day.date.clone().unwrap_or_default(),
                            slot.start.clone().unwrap_or_default(),
                            e.item.map_or("null".to_string(), |i| i.to_string()),
                            e.sub_item.clone().unwrap_or_default(),
                            e.title,
                            e.continued
                        ));
                    }
                }
            }
        }
    }
    for w in &want {
        let ok = got.contains(w);
        if !ok {
            misses.push(format!("schedule slot entry missing: {w}"));
        }
        s[7].add(ok);
    }
    // Entries in order, whatever slot they were put in.
    let strip = |v: &[String]| {
        v.iter().map(|x| x.splitn(3, ' ').nth(2).unwrap_or("").to_string()).collect::<Vec<_>>()
    };
    let want_e = strip(&want);
    let mut got_e = strip(&got);
    for a in &d.annexes {
        if let Some(sc) = &a.schedule {
            for e in &sc.entries {
                got_e.push(format!(
                    "{} {} {:?} {}",
                    e.item.map_or("null".to_string(), |i| i.to_string()),
                    e.sub_item.clone().unwrap_or_default(),
                    e.title,
                    e.continued
                ));
            }
        }
    }
    for w in &want_e {
        let ok = got_e.contains(w);
        if !ok {
            misses.push(format!("schedule entry missing: {w}"));
        }
        s[6].add(ok);
    }
    // Masthead.
    if let Some(tm) = t.get("masthead").filter(|m| !m.is_null()) {
        let pm = d.masthead.as_ref();
        for (field, got) in [
            ("symbol", pm.and_then(|m| m.symbol.clone())),
            ("distribution", pm.and_then(|m| m.distribution.clone())),
            ("date", pm.and_then(|m| m.date.clone())),
            ("original_language", pm.and_then(|m| m.original_language.clone())),
            ("job_number", pm.and_then(|m| m.job_number.clone())),
        ] {
            let want = str_of(&tm[field]);
            if want.is_empty() {
                continue;
            }
            let ok = got.as_deref() == Some(want.as_str());
            if !ok {
                misses.push(format!("masthead {field}: want {want:?}, got {got:?}"));
            }
            s[8].add(ok);
        }
    }
    s
}

fn body(at: &str, want: &Value, got: &[Block], s: &mut Scores, misses: &mut Vec<String>) {
    let paras: Vec<&agendum::model::Paragraph> =
        got.iter().filter_map(|b| if let Block::Paragraph(p) = b { Some(p) } else { None }).collect();
    let entries: Vec<&agendum::model::DocEntry> = got
        .iter()
        .filter_map(|b| if let Block::Documentation(d) = b { Some(d) } else { None })
        .flat_map(|d| d.entries.iter())
        .collect();
    for b in want.as_array().into_iter().flatten() {
        match b["kind"].as_str() {
            Some("paragraph") => {
                let pre = str_of(&b["text_prefix"]);
                let suf = str_of(&b["text_suffix"]);
                let ok = paras.iter().any(|p| {
                    let t = fold(&p.text);
                    let t = t.strip_prefix(&format!("{}. ", p.number.unwrap_or(0))).unwrap_or(&t).to_string();
                    t.starts_with(&pre) && t.ends_with(&suf)
                });
                if !ok {
                    misses.push(format!("paragraph in {at}: {pre:?} … {suf:?}"));
                }
                s[3].add(ok);
            }
            Some("documentation") => {
                for e in b["entries"].as_array().into_iter().flatten() {
                    let ok = entries.iter().any(|x| {
                        x.description == str_of(&e["description"])
                            && x.symbol.as_deref() == e["symbol"].as_str()
                    });
                    if !ok {
                        misses.push(format!(
                            "doc entry in {at}: {:?} ({:?})",
                            str_of(&e["description"]),
                            e["symbol"]
                        ));
                    }
                    s[4].add(ok);
                }
            }
            _ => {}
        }
    }
}

/// Every folder under `dirs` holding a `truth.json`, sorted.
pub fn cases(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in dirs {
        for e in walkdir::WalkDir::new(d).sort_by_file_name().into_iter().flatten() {
            if e.file_name() == "truth.json" {
                out.push(e.path().parent().expect("truth.json has a parent").to_path_buf());
            }
        }
    }
    out
}

/// The extractions of a case: every `*.txt` beside its `truth.json`.
pub fn extractions(case: &Path) -> Vec<PathBuf> {
    let mut txts: Vec<PathBuf> = std::fs::read_dir(case)
        .map(|r| {
            r.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
        })
        .unwrap_or_default();
    txts.sort();
    txts
}

/// Scores per extractor over every case, with the misses of each extraction.
pub fn score(
    dirs: &[PathBuf],
    mut on_misses: impl FnMut(&Path, &str, &[String]),
) -> BTreeMap<String, (usize, Scores)> {
    let mut by_extractor: BTreeMap<String, (usize, Scores)> = BTreeMap::new();
    for case in cases(dirs) {
        let Ok(Ok(truth)) =
            std::fs::read_to_string(case.join("truth.json")).map(|s| serde_json::from_str::<Value>(&s))
        else {
            continue;
        };
        for txt in extractions(&case) {
            let extractor = extractor_name(&txt);
            let raw = std::fs::read(&txt).unwrap_or_default();
            let src = agendum::Source::new(&raw);
            let doc = agendum::parse(&src);
            let mut misses = Vec::new();
            let s = compare(&truth, &doc, &mut misses);
            let agg = by_extractor.entry(extractor.clone()).or_default();
            agg.0 += 1;
            for (a, b) in agg.1.iter_mut().zip(s.iter()) {
                a.merge(*b);
            }
            on_misses(&case, &extractor, &misses);
        }
    }
    by_extractor
}
