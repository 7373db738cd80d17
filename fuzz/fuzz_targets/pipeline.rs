//! The fuzz target: any bytes through parse, lint, fix and every renderer, with the span
//! invariants of the property tests (the same checker, included by path). A panic, a hang
//! or a broken invariant is a finding; keep the input under `tests/fixtures/regressions/`.

#![no_main]

use libfuzzer_sys::fuzz_target;

// Not every helper of the checker is used here (`check_strict` is for the known-exception test).
#[allow(dead_code)]
#[path = "../../tests/it/properties/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    if let Err(problems) = invariants::check(data) {
        panic!("invariant broken:\n{}", problems.join("\n"));
    }
});
