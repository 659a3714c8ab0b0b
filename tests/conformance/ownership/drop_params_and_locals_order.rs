// Checks drop order at function exit: locals first (reverse order), then parameters, with the return value surviving.
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

fn combine(first: Noisy, second: Noisy) -> Noisy {
    let local = noisy("local");
    let result = noisy("result");
    println!("combining {} {} {}", first.name, second.name, local.name);
    result
}

fn main() {
    let r = combine(noisy("p1"), noisy("p2"));
    println!("got {}", r.name);
}
