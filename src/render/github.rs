//! GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` per finding,
//! which the Actions runner turns into annotations on the pull request.
//!
//! Escaping follows the Actions toolkit (`escapeData` and `escapeProperty` in
//! `packages/core/src/command.ts`): in the message `%`, `\r`, `\n` become `%25`, `%0D`, `%0A`;
//! in property values `:` and `,` also become `%3A` and `%2C`. Columns count characters.

use std::io::{self, Write};

use super::{FileReport, Locator};
use crate::finding::Severity;

/// The command of a severity.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escape a message (`escapeData`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a property value (`escapeProperty`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A file's findings as workflow commands, one per line.
pub fn commands<W: Write + ?Sized>(report: &FileReport<'_>, out: &mut W) -> io::Result<()> {
    let file = escape_property(report.path);
    let locator = Locator::new(report.source);
    for f in report.findings {
        let (start, end) = locator.span(f.span);
        writeln!(
            out,
            "::{} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
            command(f.severity),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(&format!("{} {}", f.code, f.name)),
            escape_data(&f.message),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{TEXT, finding, sample};
    use crate::source::Source;

    #[test]
    fn escaping_matches_the_toolkit() {
        let cases = [
            ("plain", "plain", "plain"),
            ("100%", "100%25", "100%25"),
            ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
            ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
            ("%0A literal", "%250A literal", "%250A literal"),
            ("“é” ::", "“é” ::", "“é” %3A%3A"),
        ];
        for (raw, data, property) in cases {
            assert_eq!(escape_data(raw), data, "{raw:?}");
            assert_eq!(escape_property(raw), property, "{raw:?}");
        }
    }

    #[test]
    fn commands_per_severity() {
        let source = Source::from_str(TEXT);
        let mut findings = sample();
        findings.push(finding("A603", "runs of spaces\nsecond line", (0, 3)));
        let mut out = Vec::new();
        commands(&FileReport { path: "docs/a,b:c.txt", source: &source, findings: &findings }, &mut out)
            .expect("render");
        expect_test::expect![[r#"
            ::error file=docs/a%2Cb%3Ac.txt,line=4,col=2,endLine=4,endColumn=27,title=A202 annotation-title-mismatch::annotation heading differs from the agenda list: `sesion` against `session`
            ::warning file=docs/a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=14,title=A702 quote-style::straight, curly: "quotes", 100%25 50:50
            ::notice file=docs/a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=4,title=A603 multiple-spaces::runs of spaces%0Asecond line
        "#]]
        .assert_eq(&String::from_utf8(out).expect("utf-8"));
    }
}
