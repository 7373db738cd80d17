//! The rolling hash of a word's lookup key, and a blocked Bloom filter over such hashes.
//!
//! The split-word rules ask "is this a word?" of every token; a filter answers "certainly
//! not" for most without touching a word list. The built-in English list's filter is filled
//! at compile time by `build.rs`, which includes this file (`#[path]`), so that both compute
//! the same hash and set the same bits; the file therefore depends on `core` only.
//!
//! The hash is polynomial, `h(s) = Σ s[i]·P^(n−1−i)` over the key's bytes (wrapping), so that
//! `h(a ++ b) = h(a)·P^len(b) + h(b)`: the key of two words written together is hashed from
//! theirs without building it. It is mixed before it picks a filter word.

/// The multiplier of the rolling hash (odd, so that multiplying loses nothing).
pub const P: u64 = 0x100_0000_01b3;

/// The hash of a key extended by one byte.
pub const fn push(hash: u64, byte: u8) -> u64 {
    hash.wrapping_mul(P).wrapping_add(byte as u64)
}

/// The hash of a key given as its bytes (already folded: lower case, straight apostrophes).
pub fn key_hash(key: &[u8]) -> u64 {
    key.iter().fold(0, |h, &b| push(h, b))
}

/// A well-mixed form of a key hash, for table indexes.
pub const fn mix(h: u64) -> u64 {
    // splitmix64's finalizer.
    let mut z = h;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A blocked Bloom filter of key hashes: four bits per key in one 64-bit word of `bits`, whose
/// length is a power of two. About ten bits per key let one non-key in 300 through.
#[derive(Debug, Clone)]
pub struct Filter<B> {
    bits: B,
}

impl Filter<Vec<u64>> {
    /// An empty filter of `bits` bits (rounded up to a power of two, at least 64).
    pub fn with_bits(bits: usize) -> Self {
        Filter { bits: vec![0; (bits / 64).max(1).next_power_of_two()] }
    }

    /// Add a key hash.
    #[inline]
    pub fn insert(&mut self, h: u64) {
        let (at, mask) = probe(h, self.bits.len());
        self.bits[at] |= mask;
    }
}

impl Filter<&'static [u64]> {
    /// A filter whose words were computed before (by the build script); `bits.len()` must be
    /// a power of two.
    pub const fn from_words(bits: &'static [u64]) -> Self {
        Filter { bits }
    }
}

impl<B: AsRef<[u64]>> Filter<B> {
    /// The filter's words (for the build script to write out).
    pub fn words(&self) -> &[u64] {
        self.bits.as_ref()
    }

    /// False when the key is certainly not in the set.
    #[inline]
    pub fn may_contain(&self, h: u64) -> bool {
        let bits = self.bits.as_ref();
        let (at, mask) = probe(h, bits.len());
        bits.get(at).is_some_and(|w| w & mask == mask)
    }
}

/// The index of the word that holds `h` in a table of `words` words (a power of two), and the
/// mask of its four bits there.
#[inline]
fn probe(h: u64, words: usize) -> (usize, u64) {
    let m = mix(h);
    let at = match words.trailing_zeros() {
        0 => 0,
        n => (m >> (64 - n)) as usize,
    };
    let mask = (1 << (m & 63)) | (1 << ((m >> 6) & 63)) | (1 << ((m >> 12) & 63)) | (1 << ((m >> 18) & 63));
    (at, mask)
}
