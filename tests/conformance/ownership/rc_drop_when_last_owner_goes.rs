// Checks that the value inside an Rc is dropped exactly once, when the last strong reference goes away.
use std::rc::Rc;

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

fn share(r: Rc<Noisy>) -> usize {
    println!("share sees count {}", Rc::strong_count(&r));
    Rc::strong_count(&r)
}

fn main() {
    let first = Rc::new(noisy("shared"));
    let second = Rc::clone(&first);
    println!("count {}", share(Rc::clone(&first)));
    println!("count {}", Rc::strong_count(&first));
    drop(first);
    println!("dropped first, count {}", Rc::strong_count(&second));
    drop(second);
    println!("end of main");
}
