// Checks when function-returned temporaries die: a temporary in a let initializer ends at the statement, a bound value at scope end.
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

fn name_len(n: Noisy) -> usize {
    n.name.len()
}

fn main() {
    let total = name_len(noisy("one")) + name_len(noisy("three"));
    println!("total {total}");
    let r = &noisy("extended");
    println!("reference to {}", r.name);
    let copy = noisy("short").name.clone();
    println!("copied {:?}", copy);
    println!("end of main");
}
