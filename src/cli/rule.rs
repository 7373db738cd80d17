//! `agendum rule` (rule documentation) and `agendum schema` (the JSON Schema of the parse
//! output).

use std::io::{self, Write};

use agendum::lint::registry::{self, RULES, RuleMeta};
use serde::Serialize;

use super::args::{RuleArgs, RuleFormat};
use super::output::write_error;
use super::{Failure, Status};

/// A rule as `rule --output-format json` prints it.
#[derive(Debug, Serialize)]
struct RuleDoc {
    code: &'static str,
    name: &'static str,
    family: &'static str,
    severity: &'static str,
    fix: &'static str,
    status: &'static str,
    summary: &'static str,
    documentation: String,
}

impl RuleDoc {
    fn new(rule: &'static RuleMeta) -> Self {
        RuleDoc {
            code: rule.code,
            name: rule.name,
            family: rule.family.name(),
            severity: rule.default_severity.name(),
            fix: rule.fix.name(),
            status: rule.status.name(),
            summary: rule.summary(),
            documentation: rule.documentation(),
        }
    }

    fn text(&self) -> String {
        format!(
            "{} {}\n\nfamily: {}\ndefault severity: {}\nfix: {}\nstatus: {}\n\n{}\n",
            self.code, self.name, self.family, self.severity, self.fix, self.status, self.documentation
        )
    }
}

fn print(text: &str) -> Result<Status, Failure> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(Status::Success),
        Err(e) => write_error(e).map_or(Ok(Status::Success), Err),
    }
}

fn json(value: &impl Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| Failure::new(format!("cannot serialize: {e}")))
}

/// `agendum rule CODE|NAME` and `agendum rule --all`.
pub fn rule(args: &RuleArgs) -> Result<Status, Failure> {
    let rules: Vec<RuleDoc> = if args.all {
        RULES.iter().map(|&r| RuleDoc::new(r)).collect()
    } else {
        let key = args.rule.as_deref().unwrap_or_default();
        let rule = registry::lookup(key).ok_or_else(|| {
            Failure::new(format!("unknown rule `{key}` (see `agendum rule --all` for the list)"))
        })?;
        vec![RuleDoc::new(rule)]
    };
    let text = match (args.output_format, args.all) {
        (RuleFormat::Json, true) => json(&rules)?,
        (RuleFormat::Json, false) => json(&rules[0])?,
        (RuleFormat::Text, _) => rules.iter().map(RuleDoc::text).collect::<Vec<_>>().join("\n---\n\n"),
    };
    print(&text)
}

/// `agendum schema`.
pub fn schema() -> Result<Status, Failure> {
    print(&json(&schemars::schema_for!(agendum::Document))?)
}
