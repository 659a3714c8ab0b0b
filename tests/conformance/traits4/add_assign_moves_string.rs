// `AddAssign<String>` on a struct: the right operand moves into `add_assign` and is dropped there, the left is borrowed mutably.
use std::ops::AddAssign;

#[derive(Debug)]
struct Log {
    lines: Vec<String>,
}

impl AddAssign<String> for Log {
    fn add_assign(&mut self, line: String) {
        self.lines.push(line);
    }
}

fn main() {
    let mut log = Log { lines: Vec::new() };
    let first = String::from("first");
    log += first;
    log += "second".to_uppercase();
    log += format!("{} lines", log.lines.len());
    println!("{:?} cap {}", log, log.lines.capacity());
}
