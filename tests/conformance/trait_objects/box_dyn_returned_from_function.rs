// Rust by Example's "Returning traits with dyn": a function returns Box<dyn Animal> chosen at run time, and each box is dropped through its vtable.
struct Sheep {}
struct Cow {}

trait Animal {
    fn noise(&self) -> &'static str;
}

impl Animal for Sheep {
    fn noise(&self) -> &'static str {
        "baaaaah!"
    }
}

impl Animal for Cow {
    fn noise(&self) -> &'static str {
        "moooooo!"
    }
}

fn random_animal(random_number: f64) -> Box<dyn Animal> {
    if random_number < 0.5 {
        Box::new(Sheep {})
    } else {
        Box::new(Cow {})
    }
}

fn main() {
    let random_number = 0.234;
    let animal = random_animal(random_number);
    println!("You've randomly chosen an animal, and it says {}", animal.noise());
    let other = random_animal(0.9);
    println!("and the other one says {}", other.noise());
    println!("{} {}", std::mem::size_of_val(&animal), std::mem::size_of::<Box<Cow>>());
}
