// Checks that a value moved into a match binding is dropped at the end of that arm.
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

enum Slot {
    Full(Noisy),
    Empty,
}

fn main() {
    let slots = vec![Slot::Full(noisy("a")), Slot::Empty, Slot::Full(noisy("b"))];
    for s in slots {
        match s {
            Slot::Full(n) => println!("arm got {}", n.name),
            Slot::Empty => println!("empty arm"),
        }
        println!("after match");
    }
    println!("end of main");
}
