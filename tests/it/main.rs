//! The one integration-test binary; each module tests one part of the product.

mod accuracy;
mod cli;
mod corpus;
mod hostile;
mod parse;
mod properties;
mod rules;
mod tidy;
