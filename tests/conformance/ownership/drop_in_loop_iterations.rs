// Checks that a value created in a loop body is dropped at the end of each iteration, including on break and continue.
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
    for i in 0..4 {
        let n = noisy(&format!("iter {i}"));
        if i == 1 {
            println!("continue");
            continue;
        }
        if i == 2 {
            println!("break");
            break;
        }
        println!("body done for {}", n.name);
    }
    println!("after loop");
}
