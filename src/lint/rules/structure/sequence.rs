//! Where a numbered sequence breaks: numbers missing, repeated or out of order.
//!
//! Items (A101), sub-items (A102) and footnotes (A303) are all sequences that should run
//! 1, 2, 3 …; this finds each place where one does not, once, so that a single missing number
//! gives one finding and not one per later entry.

use rustc_hash::{FxHashMap, FxHashSet};

/// One place where a sequence departs from 1, 2, 3 …
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Break {
    /// Entry `at` jumps over numbers that occur nowhere in the sequence: `first..=last`
    /// (`count` of them; numbers in that range that occur later are reported as out of order).
    Missing { at: usize, first: u32, last: u32, count: u32 },
    /// Entry `at` repeats the number of entry `first`.
    Repeated { at: usize, first: usize },
    /// Entry `at` has a number lower than that of entry `after`, which comes before it.
    OutOfOrder { at: usize, after: usize },
}

impl Break {
    /// The entry the break is reported at.
    pub(crate) fn at(&self) -> usize {
        match *self {
            Break::Missing { at, .. } | Break::Repeated { at, .. } | Break::OutOfOrder { at, .. } => at,
        }
    }
}

/// Every break of `values`, a sequence expected to run 1, 2, 3 …, in order of the entries.
/// Linear in the length of `values` plus the largest value.
pub(crate) fn breaks(values: &[u32]) -> Vec<Break> {
    let present: FxHashSet<u32> = values.iter().copied().collect();
    let mut first_at: FxHashMap<u32, usize> = FxHashMap::default();
    let mut out = Vec::new();
    let mut max = 0u32;
    let mut max_at = 0usize;
    for (at, &v) in values.iter().enumerate() {
        if let Some(&first) = first_at.get(&v) {
            out.push(Break::Repeated { at, first });
            continue;
        }
        first_at.insert(v, at);
        if v < max {
            out.push(Break::OutOfOrder { at, after: max_at });
            continue;
        }
        if v > max.saturating_add(1) {
            // `max` only grows, so these ranges never overlap: linear in the largest value.
            let absent: Vec<u32> = (max + 1..v).filter(|n| !present.contains(n)).collect();
            if let (Some(&first), Some(&last)) = (absent.first(), absent.last()) {
                out.push(Break::Missing { at, first, last, count: absent.len() as u32 });
            }
        }
        max = v;
        max_at = at;
    }
    out
}

/// The values a renumbering from entry `from` on would give: the value before it plus one,
/// two … (starting at 1 when `from` is the first entry).
pub(crate) fn renumbered(values: &[u32], from: usize) -> impl Iterator<Item = (usize, u32)> + '_ {
    let base = if from == 0 { 0 } else { values[..from].iter().copied().max().unwrap_or(0) };
    values.iter().enumerate().skip(from).zip(1..).filter_map(move |((i, &v), k)| {
        let want = base + k;
        (v != want).then_some((i, want))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_break_once() {
        let cases: &[(&[u32], Vec<Break>)] = &[
            (&[1, 2, 3, 4], vec![]),
            (&[], vec![]),
            (&[1, 2, 3, 5, 6], vec![Break::Missing { at: 3, first: 4, last: 4, count: 1 }]),
            (&[3, 4], vec![Break::Missing { at: 0, first: 1, last: 2, count: 2 }]),
            (&[1, 2, 3, 3, 4], vec![Break::Repeated { at: 3, first: 2 }]),
            (&[1, 2, 4, 3, 5], vec![Break::OutOfOrder { at: 3, after: 2 }]),
            (
                &[1, 5, 3],
                vec![
                    Break::Missing { at: 1, first: 2, last: 4, count: 2 },
                    Break::OutOfOrder { at: 2, after: 1 },
                ],
            ),
        ];
        for (values, want) in cases {
            assert_eq!(&breaks(values), want, "{values:?}");
        }
    }

    #[test]
    fn renumbering_continues_from_the_entry_before() {
        let v = [1, 2, 3, 5, 6];
        assert_eq!(renumbered(&v, 3).collect::<Vec<_>>(), vec![(3, 4), (4, 5)]);
        let v = [1, 2, 2, 3];
        assert_eq!(renumbered(&v, 2).collect::<Vec<_>>(), vec![(2, 3), (3, 4)]);
        assert_eq!(renumbered(&[2, 3], 0).collect::<Vec<_>>(), vec![(0, 1), (1, 2)]);
    }
}
