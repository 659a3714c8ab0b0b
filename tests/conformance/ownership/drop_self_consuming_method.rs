// Checks that a method taking self drops the value when the method returns unless it is returned or moved on.
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

impl Noisy {
    fn finish(self) -> usize {
        println!("finishing {}", self.name);
        self.name.len()
    }
    fn renamed(mut self, suffix: &str) -> Noisy {
        self.name.push_str(suffix);
        self
    }
}

fn main() {
    let a = noisy("a");
    let len = a.finish();
    println!("finish returned {len}");
    let b = noisy("b").renamed("-2").renamed("-3");
    println!("holding {}", b.name);
    println!("end of main");
}
