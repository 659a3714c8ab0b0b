// Checks that drop(x) and std::mem::drop(x) run the destructor immediately, before later statements.
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
    let a = noisy("a");
    let b = noisy("b");
    let c = noisy("c");
    drop(b);
    println!("after drop(b)");
    std::mem::drop(a);
    println!("after mem::drop(a)");
    let v = vec![noisy("v1"), noisy("v2")];
    drop(v);
    println!("end of main with {}", c.name);
}
