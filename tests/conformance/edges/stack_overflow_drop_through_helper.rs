// Drop calls a helper that builds a new Guard, which is dropped at the helper's end: unbounded recursion, stack overflow (exit 134).
struct Guard {
    name: String,
    buffer: [u8; 256],
}

fn replace_guard(old: &str) {
    let g = Guard { name: format!("{}+", old), buffer: [0; 256] };
    if g.buffer[0] == 1 {
        println!("never");
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        replace_guard(&self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("g"), buffer: [0; 256] };
    println!("guard {} made", g.name);
}
