//! Write the hostile input shapes of the scaling benchmark (`tests/it/hostile/shapes.rs`) to
//! files, each at two sizes a tenfold apart, for measuring outside criterion — with instruction
//! counts, say, which do not depend on the machine's load (`benches/scaling-instructions.sh`).
//!
//! ```text
//! cargo run --release --example shapes -- DIR [DIVISOR]
//! ```
//!
//! Writes `DIR/<shape>-1x.txt` at the shape's full size divided by `DIVISOR` × 10 and
//! `DIR/<shape>-10x.txt` at its full size divided by `DIVISOR` (default 10: a tenth of the
//! benchmark's sizes, which callgrind runs in seconds).

#[path = "../tests/it/hostile/shapes.rs"]
#[allow(dead_code)]
mod shapes;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: shapes DIR [DIVISOR]");
        std::process::exit(2);
    };
    let divisor: usize = args.next().and_then(|d| d.parse().ok()).filter(|&d| d > 0).unwrap_or(10);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    for shape in shapes::SHAPES {
        for (tag, div) in [("1x", divisor * 10), ("10x", divisor)] {
            let path = dir.join(format!("{}-{tag}.txt", shape.name));
            if let Err(e) = std::fs::write(&path, (shape.build)((shape.full / div).max(1))) {
                eprintln!("cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
        }
    }
}
