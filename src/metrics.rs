//! Approximate printed width of text, to tell a line that was broken because it was full from
//! one that ended a paragraph.
//!
//! UN documents are set in Times New Roman; Liberation Serif, which LibreOffice substitutes, is
//! metric-compatible with it. The widths below are the advance widths of the standard Adobe
//! Times-Roman font metrics (AFM), in thousandths of an em. Other characters take the width of
//! a typical lower-case letter. Only ratios of widths matter to the parser.

/// Advance widths of ASCII 32..=126 in Times-Roman, thousandths of an em.
const ASCII: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // ' '..'/'
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, // '0'..'9'
    278, 278, 564, 564, 564, 444, 921, // ':'..'@'
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611, // 'A'..'Z'
    333, 278, 333, 469, 500, 333, // '['..'`'
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
    500, 722, 500, 500, 444, // 'a'..'z'
    480, 200, 480, 541, // '{'..'~'
];

/// Width of one character.
pub fn char_width(c: char) -> u32 {
    match c {
        ' '..='~' => u32::from(ASCII[c as usize - 32]),
        '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}' => 250,
        '\u{2013}' => 500,
        '\u{2014}' => 1000,
        '\u{2018}' | '\u{2019}' => 333,
        '\u{201c}' | '\u{201d}' => 444,
        'à'..='å' | 'è'..='ë' | 'ç' => 444,
        'ì'..='ï' => 278,
        'ñ' | 'ò'..='ö' | 'ù'..='ü' => 500,
        'À'..='Å' | 'Ç' | 'È'..='Ë' | 'Ñ' | 'Ò'..='Ö' | 'Ù'..='Ü' => 680,
        '\u{fb00}'..='\u{fb06}' => 556,
        _ if c.is_control() => 0,
        _ => 500,
    }
}

/// Width of a string.
pub fn width(s: &str) -> u32 {
    if s.is_ascii() {
        s.bytes().map(|b| u32::from(ASCII_BYTES[usize::from(b & 0x7f)])).sum()
    } else {
        s.chars().map(char_width).sum()
    }
}

/// [`char_width`] of every ASCII character: [`ASCII`] for the printable ones, a space for a
/// tab, 0 for the other control characters (the same whether or not the string holds other
/// characters).
const ASCII_BYTES: [u16; 128] = {
    let mut t = [0; 128];
    let mut b = 32;
    while b < 127 {
        t[b] = ASCII[b - 32];
        b += 1;
    }
    t[b'\t' as usize] = 250;
    t
};

/// Width of a space.
pub const SPACE: u32 = 250;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_times_roman() {
        assert_eq!(width("m"), 778);
        assert_eq!(width("il"), 556);
        assert_eq!(width("A b"), 722 + 250 + 500);
        assert!(width("minimum") > width("illicit"));
        assert_eq!(width("10 a.m.–1 p.m."), width("10 a.m.") + 500 + width("1 p.m."));
    }

    #[test]
    fn ascii_and_other_text_agree() {
        for c in (0u8..128).map(char::from) {
            assert_eq!(width(&c.to_string()), width(&format!("{c}é")) - char_width('é'), "{c:?}");
        }
    }
}
