// Checks that unwinding after the panic message drops a Vec's elements in index order, then a struct's own Drop and its fields (Drop writes to stderr).
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        eprintln!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

struct Holder {
    first: Noisy,
    second: Noisy,
}

impl Drop for Holder {
    fn drop(&mut self) {
        eprintln!("drop holder of {} and {}", self.first.name, self.second.name);
    }
}

fn main() {
    let _h = Holder { first: noisy("f"), second: noisy("s") };
    let items = vec![noisy("v0"), noisy("v1")];
    let index = items.len() + 1;
    println!("looking up index {index}");
    let name = &items[index].name;
    println!("found {name}");
}
