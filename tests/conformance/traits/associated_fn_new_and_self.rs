// Associated functions without `self` in a trait (`fn new(..) -> Self`), called as `Type::new` and `<Type as Trait>::new`.
trait Animal {
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
    fn noise(&self) -> String;
    fn talk(&self) {
        println!("{} says {}", self.name(), self.noise());
    }
}

struct Sheep {
    naked: bool,
    name: String,
}

impl Animal for Sheep {
    fn new(name: &str) -> Sheep {
        Sheep { name: name.to_string(), naked: false }
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn noise(&self) -> String {
        if self.naked { "baaaaah?".to_string() } else { "baaaaah!".to_string() }
    }
    fn talk(&self) {
        println!("{} pauses briefly... {}", self.name, self.noise());
    }
}

struct Cow {
    name: String,
}

impl Animal for Cow {
    fn new(name: &str) -> Self {
        Self { name: String::from(name) }
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn noise(&self) -> String {
        String::from("moo")
    }
}

fn main() {
    let mut dolly = Sheep::new("Dolly");
    dolly.talk();
    dolly.naked = true;
    dolly.talk();
    let daisy = <Cow as Animal>::new("Daisy");
    daisy.talk();
    let bess: Cow = Animal::new("Bess");
    bess.talk();
}
