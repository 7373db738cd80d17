//! SARIF 2.1.0 output, in the shape GitHub code scanning accepts.
//!
//! One run; `tool.driver.rules` lists every rule enabled in the run with its configured level
//! as `defaultConfiguration.level` (error → `error`, warning → `warning`, info → `note`), and
//! every result repeats its `level`, so that no consumer falls back to `warning`. Locations
//! are relative URIs (forward slashes, percent-encoded) against `%SRCROOT%`; regions count
//! columns in UTF-16 code units, declared by the run's `columnKind`. Secondary labels are
//! `relatedLocations`, linked from the message as `[label](id)`.
//!
//! `partialFingerprints.primaryLocationLineHash` is `HASH:N`, where HASH is the 64-bit FNV-1a
//! hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3), as 16 lower-case hex digits,
//! of the UTF-8 bytes of the rule code, a NUL byte, and the text of the line the finding starts
//! on with leading and trailing whitespace removed and inner runs of whitespace folded to one
//! space; N counts the findings of the same code and hash in the file so far, from 1. It does
//! not change when lines are inserted above the finding.

use std::io::{self, Write};

use rustc_hash::FxHashMap;
use serde::Serialize;
use serde::ser::Serializer;

use super::{ConfiguredRule, FileReport, Locator, clamp_span};
use crate::finding::{Finding, Severity};
use crate::lint::registry::{RULES, RuleMeta};
use crate::source::Source;
use crate::span::Span;

/// `$schema` of the log.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The tool's home page, for `tool.driver.informationUri`.
pub const INFORMATION_URI: &str = match option_env!("CARGO_PKG_REPOSITORY") {
    Some(uri) if !uri.is_empty() => uri,
    _ => "https://crates.io/crates/agendum",
};

/// SARIF level of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF renderer: the rule table and each rule's index in it.
pub struct Sarif {
    rules: Vec<ConfiguredRule>,
    /// Position in `rules` of each rule of [`RULES`], when enabled.
    index: Vec<Option<usize>>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Help<'a> {
    text: &'a str,
    markdown: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Text<'a>,
    full_description: Text<'a>,
    help: Help<'a>,
    default_configuration: Level,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Level {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties<'a> {
    tags: [&'a str; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'a str,
    version: &'a str,
    semantic_version: &'a str,
    information_uri: &'a str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

/// The "What it checks" section of a rule's documentation, as one paragraph.
fn what_it_checks(doc: &str) -> String {
    let section = doc.split("## What it checks").nth(1).and_then(|s| s.split("\n## ").next()).unwrap_or("");
    section.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Sarif {
    /// A renderer for the rules enabled in the run.
    pub fn new(rules: &[ConfiguredRule]) -> Self {
        let mut index = vec![None; RULES.len()];
        for (i, r) in rules.iter().enumerate() {
            if let Some(at) = RULES.iter().position(|x| std::ptr::eq(*x, r.rule)) {
                index[at] = Some(i);
            }
        }
        Sarif { rules: rules.to_vec(), index }
    }

    fn rule_index(&self, code: &str) -> Option<usize> {
        RULES.iter().position(|r| r.code == code).and_then(|i| self.index[i])
    }

    /// Everything up to the opening of `results`.
    pub fn begin(&self, w: &mut dyn Write) -> io::Result<()> {
        let docs: Vec<(String, String)> = self
            .rules
            .iter()
            .map(|r| r.rule.documentation())
            .map(|d| {
                let checks = what_it_checks(&d);
                (d, checks)
            })
            .collect();
        let rules = self
            .rules
            .iter()
            .zip(&docs)
            .map(|(r, (doc, checks))| rule(r.rule, r.severity, doc, checks))
            .collect();
        let version = env!("CARGO_PKG_VERSION");
        let tool = Tool {
            driver: Driver {
                name: "agendum",
                version,
                semantic_version: version,
                information_uri: INFORMATION_URI,
                rules,
            },
        };
        write!(w, "{{\"$schema\":\"{SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":")?;
        serde_json::to_writer(&mut *w, &tool)?;
        w.write_all(b",\"columnKind\":\"utf16CodeUnits\",\"results\":[\n")
    }

    /// The end of `results`, the run and the log.
    pub fn end(&self, w: &mut dyn Write) -> io::Result<()> {
        w.write_all(b"]}]}\n")
    }

    /// A file's results, separated by `,\n`.
    pub fn results<W: Write + ?Sized>(&self, report: &FileReport<'_>, out: &mut W) -> io::Result<()> {
        let uri = Uri::new(report.path);
        let locator = Locator::new(report.source);
        // Occurrences so far of each (code, line hash): a map, as a file may have 100,000 findings.
        let mut seen: FxHashMap<(&str, u64), u32> = FxHashMap::default();
        for (i, finding) in report.findings.iter().enumerate() {
            if i > 0 {
                out.write_all(b",\n")?;
            }
            let hash = line_hash(report.source, finding);
            let occurrence = {
                let n = seen.entry((finding.code, hash)).or_insert(0);
                *n += 1;
                *n
            };
            let result = SarifResult {
                rule_id: finding.code,
                rule_index: self.rule_index(finding.code),
                level: level(finding.severity),
                message: Text { text: &message_text(finding) },
                locations: [Location {
                    id: None,
                    physical_location: physical(&uri, &locator, finding.span),
                    message: None,
                }],
                related_locations: RelatedLocations { uri: &uri, locator: &locator, finding },
                partial_fingerprints: Fingerprints {
                    primary_location_line_hash: format!("{hash:016x}:{occurrence}"),
                },
            };
            serde_json::to_writer(&mut *out, &result)?;
        }
        Ok(())
    }
}

fn rule<'a>(meta: &'a RuleMeta, severity: Severity, doc: &'a str, checks: &'a str) -> Rule<'a> {
    Rule {
        id: meta.code,
        name: meta.name,
        short_description: Text { text: meta.summary() },
        full_description: Text { text: if checks.is_empty() { meta.summary() } else { checks } },
        help: Help { text: doc, markdown: doc },
        default_configuration: Level { level: level(severity) },
        properties: Properties { tags: [meta.family.name()] },
    }
}

/// The message, with a `[label](id)` link per related location. Brackets and backslashes of
/// the message are escaped when it carries links, as SARIF §3.11.6 asks.
fn message_text(finding: &Finding) -> String {
    if finding.labels.is_empty() {
        return finding.message.clone();
    }
    let escape = |s: &str| s.replace('\\', "\\\\").replace('[', "\\[").replace(']', "\\]");
    let links: Vec<String> = finding
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("[{}]({})", escape(&l.message), i + 1))
        .collect();
    format!("{} (see {})", escape(&finding.message), links.join(", "))
}

/// FNV-1a 64 of the code and the normalized text of the finding's first line (module doc).
fn line_hash(source: &Source<'_>, finding: &Finding) -> u64 {
    let text = source.text();
    let at = clamp_span(text, finding.span).start;
    let line = source.line_index().line_of(at);
    let line_text = source.line_index().line_span(text, line).map_or("", |s| source.slice(s));
    let mut hash = Fnv1a::new();
    hash.write(finding.code.as_bytes());
    hash.write(&[0]);
    for (i, word) in line_text.split_whitespace().enumerate() {
        if i > 0 {
            hash.write(b" ");
        }
        hash.write(word.as_bytes());
    }
    hash.0
}

/// 64-bit FNV-1a: a tiny, fully specified hash, stable across platforms and releases.
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// An artifact location: a relative URI against `%SRCROOT%`, or a `file://` URI.
struct Uri {
    uri: String,
    relative: bool,
}

impl Uri {
    fn new(path: &str) -> Self {
        let path = path.replace('\\', "/");
        let path = path.strip_prefix("./").unwrap_or(&path);
        let mut uri = String::with_capacity(path.len() + 8);
        let relative = !path.starts_with('/');
        if !relative {
            uri.push_str("file://");
        }
        for b in path.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                uri.push(b as char);
            } else {
                uri.push_str(&format!("%{b:02X}"));
            }
        }
        Uri { uri, relative }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    related_locations: RelatedLocations<'a>,
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fingerprints {
    primary_location_line_hash: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: Physical<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical<'a> {
    artifact_location: ArtifactLocation<'a>,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation<'a> {
    uri: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

fn physical<'a>(uri: &'a Uri, locator: &Locator<'_>, span: Span) -> Physical<'a> {
    let (start, end) = locator.span(span);
    Physical {
        artifact_location: ArtifactLocation {
            uri: &uri.uri,
            uri_base_id: uri.relative.then_some("%SRCROOT%"),
        },
        region: Region {
            start_line: start.line,
            start_column: start.column_utf16,
            end_line: end.line,
            end_column: end.column_utf16,
        },
    }
}

/// The secondary labels as `relatedLocations`, ids from 1 as linked from the message.
struct RelatedLocations<'a> {
    uri: &'a Uri,
    locator: &'a Locator<'a>,
    finding: &'a Finding,
}

impl Serialize for RelatedLocations<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.finding.labels.iter().enumerate().map(|(i, l)| Location {
            id: Some(i + 1),
            physical_location: physical(self.uri, self.locator, l.span),
            message: Some(Text { text: &l.message }),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{TEXT, sample};
    use crate::render::{Format, RenderOptions, Renderer, render_all};

    fn log(rules: Vec<ConfiguredRule>, path: &str) -> serde_json::Value {
        let source = Source::from_str(TEXT);
        let findings = sample();
        let reports = [
            FileReport { path, source: &source, findings: &findings },
            FileReport { path: "clean.txt", source: &source, findings: &[] },
        ];
        let mut options = RenderOptions::new(Format::Sarif);
        options.rules = rules;
        let mut out = Vec::new();
        render_all(&Renderer::new(options), &reports, &mut out).expect("render");
        serde_json::from_slice(&out).expect("SARIF is JSON")
    }

    #[test]
    fn structure_github_needs() {
        let log = log(RenderOptions::new(Format::Sarif).rules, "docs/my agenda.txt");
        assert_eq!(log["version"], "2.1.0");
        assert!(log["$schema"].as_str().is_some_and(|s| s.ends_with("sarif-schema-2.1.0.json")));
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "utf16CodeUnits");
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "agendum");
        assert!(driver["version"].is_string() && driver["informationUri"].is_string());
        let rules = driver["rules"].as_array().expect("rules");
        assert_eq!(rules.len(), RULES.len());
        for (rule, meta) in rules.iter().zip(RULES) {
            assert_eq!(rule["id"], meta.code);
            assert_eq!(rule["name"], meta.name);
            assert_eq!(rule["defaultConfiguration"]["level"], level(meta.default_severity));
            assert!(rule["shortDescription"]["text"].as_str().is_some_and(|s| !s.is_empty()));
            let full = rule["fullDescription"]["text"].as_str().expect("full description");
            assert!(!full.is_empty() && !full.contains("## "), "{full}");
            assert!(rule["help"]["text"].as_str().is_some_and(|s| s.contains("## How to fix")));
        }
        let results = run["results"].as_array().expect("results");
        assert_eq!(results.len(), 2);
        let mismatch = &results[0];
        assert_eq!(mismatch["ruleId"], "A202");
        assert_eq!(rules[mismatch["ruleIndex"].as_u64().expect("index") as usize]["id"], "A202");
        assert_eq!(mismatch["level"], "error");
        assert_eq!(
            mismatch["message"]["text"],
            "annotation heading differs from the agenda list: `sesion` against `session` (see [list entry](1))"
        );
        let location = &mismatch["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "docs/my%20agenda.txt");
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert_eq!(
            location["region"],
            serde_json::json!({"startLine": 4, "startColumn": 2, "endLine": 4, "endColumn": 27})
        );
        let related = &mismatch["relatedLocations"][0];
        assert_eq!(related["id"], 1);
        assert_eq!(related["message"]["text"], "list entry");
        assert_eq!(related["physicalLocation"]["region"]["startLine"], 2);
        let fingerprint = mismatch["partialFingerprints"]["primaryLocationLineHash"].as_str().expect("hash");
        assert!(fingerprint.len() == 18 && fingerprint.ends_with(":1"), "{fingerprint}");
        assert_eq!(results[1]["level"], "warning");
    }

    #[test]
    fn levels_come_from_configuration() {
        let rules: Vec<_> = ["A202", "A702"]
            .iter()
            .map(|c| ConfiguredRule {
                rule: crate::lint::registry::lookup(c).expect("rule"),
                severity: Severity::Info,
            })
            .collect();
        let log = log(rules, "a.txt");
        let driver_rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules").clone();
        assert_eq!(driver_rules.len(), 2);
        assert_eq!(driver_rules[1]["defaultConfiguration"]["level"], "note");
        assert_eq!(log["runs"][0]["results"][1]["ruleIndex"], 1);
    }

    #[test]
    fn columns_count_utf16_units() {
        let text = "𝄞é x\n";
        let source = Source::from_str(text);
        let at = text.find('x').expect("x");
        let region = serde_json::to_value(
            physical(&Uri::new("a"), &Locator::new(&source), Span::new(at, at + 1)).region,
        )
        .expect("json");
        assert_eq!(
            region,
            serde_json::json!({"startLine": 1, "startColumn": 5, "endLine": 1, "endColumn": 6})
        );
    }

    #[test]
    fn fingerprints_are_stable_and_count_repeats() {
        // Known FNV-1a 64 vectors.
        let mut h = Fnv1a::new();
        h.write(b"");
        assert_eq!(h.0, 0xcbf2_9ce4_8422_2325);
        h.write(b"a");
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
        let text = "same  line\nother\n  same line \n";
        let source = Source::from_str(text);
        let f = |at: usize| crate::render::tests::finding("A603", "m", (at, at + 1));
        let findings = [f(0), f(11), f(19)];
        assert_eq!(line_hash(&source, &findings[0]), line_hash(&source, &findings[2]));
        assert_ne!(line_hash(&source, &findings[0]), line_hash(&source, &findings[1]));
        let mut out = Vec::new();
        let sarif = Sarif::new(&RenderOptions::new(Format::Sarif).rules);
        sarif
            .results(&FileReport { path: "a", source: &source, findings: &findings }, &mut out)
            .expect("render");
        let text = String::from_utf8(out).expect("utf-8");
        let hashes: Vec<&str> =
            text.split("primaryLocationLineHash\":\"").skip(1).map(|s| &s[..18]).collect();
        assert!(hashes[0].ends_with(":1") && hashes[2].ends_with(":2"), "{hashes:?}");
        assert_eq!(hashes[0][..16], hashes[2][..16]);
    }

    #[test]
    fn uris() {
        assert_eq!(Uri::new("./a b/ç.txt").uri, "a%20b/%C3%A7.txt");
        let abs = Uri::new("/tmp/x#1.txt");
        assert_eq!((abs.uri.as_str(), abs.relative), ("file:///tmp/x%231.txt", false));
        assert_eq!(message_text(&crate::render::tests::finding("A001", "a [b]", (0, 0))), "a [b]");
    }
}
