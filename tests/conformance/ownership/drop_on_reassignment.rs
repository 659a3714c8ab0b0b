// Checks that assigning to a variable evaluates the new value first and only then drops the old one.
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
    let mut slot = noisy("old");
    println!("before assignment");
    slot = noisy("new");
    println!("after assignment, slot is {}", slot.name);
    let mut list = vec![noisy("x")];
    list = vec![noisy("y"), noisy("z")];
    println!("list has {}", list.len());
    list[0] = noisy("y2");
    println!("end of main");
}
