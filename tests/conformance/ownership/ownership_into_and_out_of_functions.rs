// Checks the Book's takes_ownership/makes_copy/gives_back flow, tracing drops to show where each String dies.
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

fn takes_ownership(n: Noisy) {
    println!("took {}", n.name);
}

fn gives_back(n: Noisy) -> Noisy {
    println!("passing {} through", n.name);
    n
}

fn main() {
    let a = noisy("a");
    takes_ownership(a);
    println!("after takes_ownership");
    let b = noisy("b");
    let c = gives_back(b);
    println!("after gives_back, holding {}", c.name);
    let d = noisy("d");
    println!("end of main");
}
