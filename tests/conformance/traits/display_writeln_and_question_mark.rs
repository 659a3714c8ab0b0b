// `writeln!` and `write!(...)?` inside `fmt`, looping over a Vec field: a multi-line Display.
use std::fmt;

struct Table {
    title: String,
    rows: Vec<(String, u32)>,
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "== {} ==", self.title)?;
        for (name, score) in &self.rows {
            writeln!(f, "{:<6}|{:>4}", name, score)?;
        }
        write!(f, "({} rows)", self.rows.len())
    }
}

fn main() {
    let t = Table {
        title: String::from("scores"),
        rows: vec![(String::from("ann"), 12), (String::from("bob"), 7)],
    };
    println!("{}", t);
    let s = format!("{}", t);
    println!("{} bytes, {} lines", s.len(), s.lines().count());
}
