//! A209: stated meeting counts, session dates and the opening date and time agree with the
//! organization-of-work annex.

use crate::lint::{Context, Emitter};

/// A209.
pub(super) fn check(_cx: &Context<'_>, _out: &mut Emitter<'_>) {}
