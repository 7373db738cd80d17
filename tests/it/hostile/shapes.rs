//! Input shapes that expose super-linear paths: many lines of one artifact, one huge line,
//! deep nesting. Built in memory at any size. The hostile-input tests build them small; the
//! scaling benchmark (`benches/throughput.rs` includes this file by path) builds them at
//! 1× and 10× of a tenth of `full`, the size PRODUCT.md and issue 5 name.

/// An input shape: `build(n)` repeats its unit `n` times.
#[derive(Clone, Copy)]
pub struct Shape {
    /// Name, for test and benchmark ids.
    pub name: &'static str,
    /// The number of units PRODUCT.md / issue 5 names for this shape.
    pub full: usize,
    /// The input with `n` units.
    pub build: fn(usize) -> Vec<u8>,
}

/// Every shape.
pub const SHAPES: &[Shape] = &[
    Shape { name: "single-line", full: 250_000, build: single_line },
    Shape { name: "subitem-lines", full: 300_000, build: subitem_lines },
    Shape { name: "item-lines", full: 200_000, build: item_lines },
    Shape { name: "separators", full: 200_000, build: separators },
    Shape { name: "nested-parens", full: 500_000, build: nested_parens },
    Shape { name: "footnote-lines", full: 100_000, build: footnote_lines },
    Shape { name: "link-dumps", full: 200_000, build: link_dumps },
    Shape { name: "page-breaks", full: 200_000, build: page_breaks },
    Shape { name: "footnoted-pages", full: 100_000, build: footnoted_pages },
    Shape { name: "linked-note", full: 200_000, build: linked_note },
    // Was quadratic in `parser::annex::columns`; kept at 5,000 so that a regression still
    // lets the benchmark finish.
    Shape { name: "column-titles", full: 5_000, build: column_titles },
    Shape { name: "annexes", full: 100_000, build: annexes },
    // A column-printed schedule whose times all come before its day labels: each day takes its
    // time from them (it once asked, for each day, whether any time named it).
    Shape { name: "column-days", full: 100_000, build: column_days },
    // The same with every other entry's time printed before it and the rest before the days:
    // the times left over once went to the slots by a search of the inline ones for each.
    Shape { name: "column-slots", full: 100_000, build: column_slots },
    // Distribution labels start documents: a document each few hundred bytes, and labels alone.
    Shape { name: "documents", full: 100_000, build: documents },
    Shape { name: "labels", full: 500_000, build: labels },
];

/// Short documents one after another, each with its masthead (30 MB at `full`).
fn documents(n: usize) -> Vec<u8> {
    numbered(n, |i| {
        format!(
            "United Nations S/Agenda/{i}\n\nSecurity Council Distr.: General\n1 June 2024\n\nOriginal: English\n\n\
             Provisional agenda for the {i}th meeting of the Security Council\n\
             To be held on Tuesday, 4 June 2024, at 10 a.m.\n\n1. Adoption of the agenda.\n\n\
             2. The situation in the Middle East.\n\n24-{i:05} (E) 010624\n\n*24{i:05}*\n\x0c"
        )
    })
}

/// `Distr.: General` on every line.
fn labels(n: usize) -> Vec<u8> {
    repeat("Distr.: General\n", n)
}

fn repeat(unit: &str, n: usize) -> Vec<u8> {
    unit.repeat(n).into_bytes()
}

fn numbered(n: usize, line: impl Fn(usize) -> String) -> Vec<u8> {
    let mut out = String::with_capacity(n * 24);
    for i in 1..=n {
        out.push_str(&line(i));
    }
    out.into_bytes()
}

/// One line of agenda-like words and markers, ~40 bytes a unit (10 MB at `full`).
fn single_line(n: usize) -> Vec<u8> {
    repeat("Organizational matters (a) 2. controls. 1 ", n)
}

/// `(a)` on every line.
fn subitem_lines(n: usize) -> Vec<u8> {
    repeat("(a)\n", n)
}

/// `1. Item title 1;` … numbered in sequence, so that every line continues the list.
fn item_lines(n: usize) -> Vec<u8> {
    numbered(n, |i| format!("{i}. Item title {i};\n"))
}

/// Footnote separators, one a line.
fn separators(n: usize) -> Vec<u8> {
    repeat("__________________\n", n)
}

/// `((((…))))` on one line, `n` deep.
fn nested_parens(n: usize) -> Vec<u8> {
    let mut out = vec![b'('; n];
    out.extend(std::iter::repeat_n(b')', n));
    out
}

/// ` 1  Footnote text 1.` … numbered in sequence, as footnote definitions are printed.
fn footnote_lines(n: usize) -> Vec<u8> {
    numbered(n, |i| format!(" {i}  Footnote text number {i}, see CTOC/COP/WG.6/2020/{i}.\n"))
}

/// Hyperlink dumps, each twice, as Tika prints them after a page.
fn link_dumps(n: usize) -> Vec<u8> {
    numbered(n, |i| format!("http://undocs.org/CTOC/COP/WG.6/2020/{}\n", i / 2))
}

/// A form feed and a stray space starting a page, then one word.
fn page_breaks(n: usize) -> Vec<u8> {
    repeat("\x0c Word\n", n)
}

/// Pages each with a footnote and a link dump naming its symbol: links are matched to notes
/// without searching every note (that was once quadratic). Markers run 1 to 10 and start again
/// (as in documents one after the other), so that any number of pages has the same structure.
fn footnoted_pages(n: usize) -> Vec<u8> {
    numbered(n, |i| {
        let m = (i - 1) % 10 + 1;
        format!(
            "The Working Group will consider the report of meeting {i}.{m}\n\n___________\n \
             {m}  See CTOC/COP/WG.6/2020/{i}.\n\nhttp://undocs.org/CTOC/COP/WG.6/2020/{i}\n\x0c"
        )
    })
}

/// One note naming `n` symbols, then a link line for each: a page's links are matched to its
/// notes' words at once (searching the note's text once a link was quadratic).
fn linked_note(n: usize) -> Vec<u8> {
    let mut out = String::from("The report is contained in document A/75/1.1\n\n___________\n 1  See");
    for i in 0..n {
        out.push_str(&format!(" A/75/{i}"));
    }
    out.push_str(".\n\n");
    for i in 0..n {
        out.push_str(&format!("http://undocs.org/A/75/{i}\n"));
    }
    out.into_bytes()
}

/// A schedule printed column by column (two item numbers in a row), then one title that wraps
/// over `n` lines, each beginning in lower case.
fn column_titles(n: usize) -> Vec<u8> {
    let mut out = "Annex\n\nProposed organization of work\n\nDate and time Item Title\n\n1\n2\n".to_string();
    out.push_str(&"continued words of a long title\n".repeat(n));
    out.into_bytes()
}

/// A schedule printed column by column, as pdftotext prints a table: `n` entries (item number,
/// title), then `n` slot times, then `n` day labels with no time after their own.
fn column_days(n: usize) -> Vec<u8> {
    let mut out = "Provisional agenda\n\n1. Opening of the session.\n\n2. Consideration of the draft guide.\n\n\
                   Annex\n\nProposed schedule of meetings\n\nDate and time\n\nAgenda item\n\nTitle or description\n\n"
        .to_string();
    out.push_str(&"2\n\nConsideration of the draft guide (continued)\n\n".repeat(n));
    out.push_str(&"10 a.m.–1 p.m.\n\n3–6 p.m.\n\n".repeat(n / 2));
    out.push_str(&day_labels(n));
    out.into_bytes()
}

/// A schedule printed column by column with every other entry's time before it (the others
/// `(continued)`, their times printed after the entries), then `n` day labels.
fn column_slots(n: usize) -> Vec<u8> {
    let mut out = String::from_utf8(column_days(0)).expect("ASCII and UTF-8");
    for i in 0..n {
        if i % 2 == 0 {
            out.push_str("10 a.m.–1 p.m.\n\n2\n\nConsideration of the draft guide\n\n");
        } else {
            out.push_str("2\n\nConsideration of the draft guide (continued)\n\n");
        }
    }
    out.push_str(&"3–6 p.m.\n\n".repeat(n / 2));
    out.push_str(&day_labels(n));
    out.into_bytes()
}

/// `n` day labels, one a paragraph.
fn day_labels(n: usize) -> String {
    let week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    (0..n).map(|i| format!("{}, {} March\n\n", week[i % 7], 1 + i % 28)).collect()
}

/// Many short annexes, each with a body paragraph of full-looking lines: per-annex work must
/// not look at the whole document (it once asked a whole-document question for every body).
fn annexes(n: usize) -> Vec<u8> {
    let mut out = "Provisional agenda\n\n1. Opening of the session.\n\n".to_string();
    out.push_str(
        &concat!(
            "Annex\n\nThe body of this annex holds one sentence that ends at a full stop.\n",
            "Another sentence begins here with a capital letter.\n\n"
        )
        .repeat(n),
    );
    out.into_bytes()
}
