// Checks that on panic the message is printed first, then live locals drop innermost frame first (Drop writes to stderr to show the order).
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        eprintln!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

fn inner(level: u32) {
    let _guard = noisy("inner guard");
    if level > 2 {
        panic!("level {level} is too deep");
    }
    println!("inner ok at {level}");
}

fn main() {
    let _a = noisy("main a");
    let moved = noisy("moved away");
    drop(moved);
    let _b = noisy("main b");
    for level in 1..5 {
        inner(level);
    }
}
