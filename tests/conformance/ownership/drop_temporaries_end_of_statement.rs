// Checks that temporaries live until the end of their statement, including temporaries used inside println!.
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

fn length(n: &Noisy) -> usize {
    n.name.len()
}

fn main() {
    let len = noisy("temp one").name.len();
    println!("len {len}");
    println!("printing {}", length(&noisy("temp two")));
    let kept = noisy("kept");
    noisy("discarded");
    println!("after discarded, kept is {}", kept.name);
}
