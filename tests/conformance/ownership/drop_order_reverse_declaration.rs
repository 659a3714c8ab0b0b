// Checks that locals are dropped in reverse declaration order at the end of each scope.
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
    let _first = noisy("first");
    let _second = noisy("second");
    {
        let _inner_a = noisy("inner a");
        let _inner_b = noisy("inner b");
        println!("leaving inner block");
    }
    let _third = noisy("third");
    println!("leaving main");
}
