// Checks that shadowing does not drop the old value: both live until the end of the scope, dropped newest first.
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
    let x = noisy("x1");
    println!("using {}", x.name);
    let x = noisy("x2");
    println!("using {}", x.name);
    {
        let x = noisy("x3");
        println!("inner {}", x.name);
    }
    let x = x.name.len();
    println!("x is now {x}");
}
