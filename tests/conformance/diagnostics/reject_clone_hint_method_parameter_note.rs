// E0382: a String passed by value to a method; the note says "in this method" at the method's name.
struct Log {
    lines: Vec<String>,
}

impl Log {
    fn add(&mut self, line: String) {
        self.lines.push(line);
    }
}

fn main() {
    let mut log = Log { lines: Vec::new() };
    let line = String::from("started");
    log.add(line);
    println!("{} ({} lines)", line, log.lines.len());
}
