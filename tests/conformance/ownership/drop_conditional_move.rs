// Checks drop flags: a value moved on only one branch is dropped at scope end only when it was not moved.
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

fn maybe_consume(flag: bool) {
    let n = noisy(if flag { "moved" } else { "kept" });
    if flag {
        let taker = n;
        println!("moved into taker {}", taker.name);
    }
    println!("end of maybe_consume({flag})");
}

fn main() {
    maybe_consume(true);
    maybe_consume(false);
}
