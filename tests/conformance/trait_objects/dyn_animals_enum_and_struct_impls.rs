// Trait objects over a struct and an enum: a function returns which &dyn Animal to use, and a default method calls a required one through self.
trait Animal {
    fn name(&self) -> String;
    fn noise(&self) -> String;
    fn talk(&self) {
        println!("{} says {}", self.name(), self.noise());
    }
}

struct Dog {
    age: u8,
}

enum Bird {
    Parrot,
    Crow,
}

impl Animal for Dog {
    fn name(&self) -> String {
        format!("a dog of {}", self.age)
    }

    fn noise(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        match self {
            Bird::Parrot => String::from("the parrot"),
            Bird::Crow => String::from("the crow"),
        }
    }

    fn noise(&self) -> String {
        match self {
            Bird::Parrot => String::from("hello"),
            Bird::Crow => String::from("caw"),
        }
    }

    fn talk(&self) {
        println!("{} squawks: {}!", self.name(), self.noise());
    }
}

fn pick<'a>(dog: &'a Dog, bird: &'a Bird, want_dog: bool) -> &'a dyn Animal {
    if want_dog { dog } else { bird }
}

fn main() {
    let d = Dog { age: 3 };
    let p = Bird::Parrot;
    let c = Bird::Crow;
    pick(&d, &p, true).talk();
    pick(&d, &p, false).talk();
    let zoo: Vec<&dyn Animal> = vec![&c, &d, &p];
    for a in &zoo {
        a.talk();
    }
}
