//! agendum reads the plain text of meeting agendas — above all UN-style annotated provisional
//! agendas as PDF text extractors leave them — into a typed document tree with byte spans,
//! converts it to JSON and lints it.
//!
//! The pipeline is a chain of small, pure stages; only the binary's `cli` module does I/O:
//!
//! ```text
//! raw bytes ─decode─► Source ─lex─► typed lines ─scan─► pages, furniture, footnotes
//!           ─parse─► Document (spans everywhere) ─lint─► Vec<Finding> ─render─► JSON, SARIF …
//! ```
//!
//! ```
//! let text = "Provisional agenda\n\n1. Opening of the session.\n2. Adoption of the agenda.\n";
//! let source = agendum::Source::from_str(text);
//! let doc = agendum::parse(&source);
//! let agenda = doc.agenda.as_ref().expect("an agenda list");
//! assert_eq!(agenda.items[1].title, "Adoption of the agenda");
//! let findings = agendum::lint(&source, &doc, &agendum::LintOptions::default());
//! assert!(findings.iter().all(|f| f.severity != agendum::Severity::Error));
//! ```

pub mod baseline;
pub mod bloom;
pub(crate) mod bytes;
pub mod config;
pub mod datetime;
pub mod finding;
pub mod fix;
pub mod fold;
pub mod lexer;
pub mod lexicon;
pub mod lint;
pub mod metrics;
pub mod model;
pub mod parser;
pub mod relocate;
pub mod render;
pub mod scan;
pub mod source;
pub mod span;
pub mod symbol;
pub mod vocab;

pub use finding::{Applicability, Edit, Finding, Fix, Label, Severity};
pub use lint::{LintOptions, RuleSet, lint};
pub use model::Document;
pub use parser::{ParseOptions, parse, parse_with};
pub use source::Source;
pub use span::Span;
