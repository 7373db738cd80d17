//! Parse throughput (placeholder until the parser lands).

fn main() {}
