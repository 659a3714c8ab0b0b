// Checks that popped and removed Vec elements drop when their new owner goes away, and the rest drop with the Vec.
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
    let mut v = vec![noisy("0"), noisy("1"), noisy("2"), noisy("3")];
    v.pop();
    println!("after pop statement");
    let removed = v.remove(0);
    println!("removed {}", removed.name);
    v.insert(1, noisy("inserted"));
    v[0] = noisy("replacement");
    println!("end of main");
}
