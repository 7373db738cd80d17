//! Rule implementations, one file per family. Each family declares its rules with
//! [`crate::declare_rule!`] and exposes `check`, which runs every enabled rule of the family.

pub mod consistency;
pub mod dates;
pub mod footnotes;
pub mod hygiene;
pub mod input;
pub mod structure;
pub mod style;
pub mod symbols;

use super::{Context, Emitter};

/// Run every family.
pub fn check_all(cx: &Context<'_>, out: &mut Emitter<'_>) {
    structure::check(cx, out);
    consistency::check(cx, out);
    footnotes::check(cx, out);
    dates::check(cx, out);
    symbols::check(cx, out);
    hygiene::check(cx, out);
    style::check(cx, out);
}
