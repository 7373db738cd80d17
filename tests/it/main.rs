//! The one integration-test binary; each module tests one part of the product.

mod accuracy;
mod baseline;
mod cli;
mod corpus;
mod parse;
mod rules;
mod seed_faults;
mod tidy;
