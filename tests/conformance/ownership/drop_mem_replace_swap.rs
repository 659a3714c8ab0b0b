// Checks std::mem::replace and std::mem::swap exchange values without running any destructor until the owners end.
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
    let mut a = noisy("a");
    let mut b = noisy("b");
    std::mem::swap(&mut a, &mut b);
    println!("a holds {}, b holds {}", a.name, b.name);
    let old = std::mem::replace(&mut a, noisy("c"));
    println!("replaced {} with {}", old.name, a.name);
    drop(old);
    println!("end of main");
}
