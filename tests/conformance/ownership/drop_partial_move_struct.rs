// Checks that after moving one field out of a struct (no Drop on the struct), the remaining fields still drop at scope end.
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

struct Pair {
    left: Noisy,
    right: Noisy,
}

fn main() {
    let p = Pair { left: noisy("left"), right: noisy("right") };
    let taken = p.left;
    println!("took {}, right is still {}", taken.name, p.right.name);
    drop(taken);
    println!("end of main");
}
