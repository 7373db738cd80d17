//! Looking for rare bytes eight at a time: a word of the text is read as a `u64`, and a mark
//! function sets the high bit of the bytes sought (digits, capitals, non-ASCII bytes…) with
//! carry-free arithmetic. Running text holds few of them, so a word at a time is several times
//! faster than a byte at a time; the parser, the date finders and the lints share it.

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_ne_bytes([1; 8]);
/// The high bit of every byte of a word.
const HIGHS: u64 = ONES * 0x80;

/// The bytes of `word` strictly between `low` and `high` (`low < high <= 128`), marked by their
/// high bit. Exact: each byte is computed apart from the others (no carry crosses a byte).
pub(crate) const fn bytes_between(word: u64, low: u8, high: u8) -> u64 {
    let low7 = word & (ONES * 0x7f);
    (ONES * (127 + high as u64) - low7) & !word & (low7 + ONES * (127 - low as u64)) & HIGHS
}

/// The non-ASCII bytes of `word`, marked by their high bit.
pub(crate) const fn non_ascii_bytes(word: u64) -> u64 {
    word & HIGHS
}

/// The ASCII digits of `word` marked by their high bit, the lowest exactly (a byte above a
/// digit may be marked too: the borrow of the subtraction runs upward).
pub(crate) const fn digit_bytes(word: u64) -> u64 {
    let x = word ^ (ONES * 0x30);
    x.wrapping_sub(ONES * 10) & !x & HIGHS
}

/// The bytes of `word` that are not ASCII letters, marked by their high bit (zero bytes are
/// marked too: past the end of a text, a run of letters ends anyway).
pub(crate) const fn not_ascii_letter_bytes(word: u64) -> u64 {
    // Setting the 0x20 bit makes capitals small letters and no other byte a letter.
    !bytes_between(word | (ONES * 0x20), b'a' - 1, b'z' + 1) & HIGHS
}

/// The first index at or after `from` of a byte that `marks` marks. `marks` tests eight bytes
/// at once (read as a little-endian word), setting the high bit of bytes sought and no other
/// bit: the lowest byte marked must be the first byte sought, and a word without one must get
/// no mark (bytes above the first may be marked or not). A zero byte is never sought. The
/// bytes sought (digits, capitals) are rare in running text: a word at a time is several
/// times faster than a byte at a time.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, marks: impl Fn(u64) -> u64) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let (words, tail) = rest.as_chunks::<8>();
    let at = |k: usize, m: u64| from + k * 8 + (m.trailing_zeros() / 8) as usize;
    for (k, w) in words.iter().enumerate() {
        let m = marks(u64::from_le_bytes(*w));
        if m != 0 {
            return Some(at(k, m));
        }
    }
    if tail.is_empty() {
        return None;
    }
    // The tail, padded with zero bytes (never marked): the last eight bytes of the text, shifted
    // down past those already looked at, when there are eight.
    let last = match bytes.last_chunk::<8>() {
        Some(end) => u64::from_le_bytes(*end) >> (8 * (8 - tail.len())),
        None => {
            let mut last = [0u8; 8];
            last[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(last)
        }
    };
    let m = marks(last);
    (m != 0).then(|| at(words.len(), m))
}

/// True when `text` has an ASCII digit: dates, times and counts all have one.
pub(crate) fn has_digit(text: &str) -> bool {
    find_byte(text.as_bytes(), 0, digit_bytes).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_agrees_with_a_byte_at_a_time() {
        // Every byte value at every position of a word and of the tail, among other bytes.
        for b in 0..=255u8 {
            for len in [1, 7, 8, 9, 17, 23] {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    for from in [0, at, at.saturating_sub(3)] {
                        let naive = |f: fn(&u8) -> bool| bytes[from..].iter().position(f).map(|i| from + i);
                        assert_eq!(find_byte(&bytes, from, digit_bytes), naive(u8::is_ascii_digit));
                        assert_eq!(find_byte(&bytes, from, non_ascii_bytes), naive(|c| !c.is_ascii()));
                        let upper = |w| bytes_between(w, b'A' - 1, b'Z' + 1);
                        assert_eq!(find_byte(&bytes, from, upper), naive(u8::is_ascii_uppercase));
                    }
                }
            }
        }
        assert_eq!(find_byte(b"abc", 3, digit_bytes), None);
        assert_eq!(find_byte(b"abc", 4, digit_bytes), None);
    }

    #[test]
    fn letters_are_told_from_every_other_byte() {
        for b in 0..=255u8 {
            let marked = not_ascii_letter_bytes(u64::from(b)) & 0x80 != 0;
            assert_eq!(marked, !b.is_ascii_alphabetic(), "byte {b:#x}");
        }
    }
}
