// Checks that `for x in vec` moves each element into the loop variable, dropping it per iteration, and drops the rest on break.
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
    let v = vec![noisy("a"), noisy("b"), noisy("c"), noisy("d")];
    for n in v {
        if n.name == "c" {
            println!("breaking at {}", n.name);
            break;
        }
        println!("visiting {}", n.name);
    }
    println!("after loop");
}
