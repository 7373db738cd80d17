//! Print the parse of a file as pretty JSON (development aid).
fn main() {
    let path = std::env::args().nth(1).expect("path");
    let raw = std::fs::read(&path).expect("read");
    let src = agendum::Source::new(&raw);
    let doc = agendum::parse(&src);
    println!("{}", serde_json::to_string_pretty(&doc).expect("json"));
}
