// Checks that `let _ = expr` drops a fresh value at once while `let _x = expr` keeps it to scope end, and `let _ = var` does not move.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

fn main() {
    let _ = noisy("underscore");
    println!("after let _");
    let _kept = noisy("named underscore");
    println!("after let _kept");
    let existing = noisy("existing");
    let _ = existing;
    println!("existing still alive: {}", existing.name);
    _ = noisy("assigned to _");
    println!("end of main");
}
