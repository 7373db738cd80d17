//! The one integration-test binary; each module tests one part of the product.

mod accuracy;
mod baseline;
#[path = "../support/binary.rs"]
mod binary;
mod cli;
mod corpus;
mod corpus_findings;
mod documents;
mod fix;
mod hostile;
mod listing;
mod parse;
mod properties;
mod rules;
mod seed_faults;
mod tidy;
