// Checks that std::process::exit(3) ends the program with code 3 immediately: no later output and no Drop runs.
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
    let _kept = noisy("kept");
    {
        let _scoped = noisy("scoped");
    }
    println!("about to exit");
    std::process::exit(3);
}
