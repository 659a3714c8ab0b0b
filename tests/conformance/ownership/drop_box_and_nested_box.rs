// Checks that dropping a Box drops its contents, and that Box<Box<T>> and a Box moved out of run the destructor once.
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
    let b = Box::new(noisy("boxed"));
    let bb = Box::new(Box::new(noisy("double boxed")));
    println!("{} {}", b.name, bb.name);
    let unboxed: Noisy = *b;
    println!("moved out of box: {}", unboxed.name);
    drop(bb);
    println!("end of main");
}
