// E0499: two closures that both push to `log.lines` each borrow that field mutably; the first is still used when the second is made.
struct Log {
    lines: Vec<String>,
}

fn main() {
    let mut log = Log { lines: Vec::new() };
    let mut info = |m: &str| log.lines.push(format!("info {}", m));
    let mut warn = |m: &str| log.lines.push(format!("warn {}", m));
    info("a");
    warn("b");
    println!("{}", log.lines.len());
}
