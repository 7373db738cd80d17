//! The one integration-test binary; each module tests one part of the product.

mod cli;
mod corpus;
mod rules;
