//! Print line widths (development aid).
fn main() {
    let path = std::env::args().nth(1).expect("path");
    let raw = std::fs::read(&path).expect("read");
    let text = std::str::from_utf8(&raw).expect("utf8");
    let lines = agendum::lexer::lex(text, 0);
    let scan = agendum::scan::scan(text, lines);
    println!("column {} double {} layout {}", scan.column_width, scan.double_spaced, scan.layout);
    for fl in &scan.flow {
        let l = &fl.line;
        println!(
            "{:6} {:3}% {:?} | {}",
            l.width,
            l.width * 100 / scan.column_width,
            fl.gap,
            &text[l.text().start..l.text().end]
        );
    }
}
