// Checks that overwriting an Option<Noisy> with None or Some(new) drops the old payload, and take() moves it out.
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
    let mut slot: Option<Noisy> = Some(noisy("first"));
    slot = None;
    println!("slot is none: {}", slot.is_none());
    slot = Some(noisy("second"));
    slot = Some(noisy("third"));
    let taken = slot.take();
    println!("took {}", taken.as_ref().unwrap().name);
    println!("slot is none again: {}", slot.is_none());
    if let Some(n) = taken {
        println!("inside if let with {}", n.name);
    }
    println!("end of main");
}
