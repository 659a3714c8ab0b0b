// Checks that a struct's own Drop runs first, then its fields drop in declaration order (not reverse), also when nested.
struct Part(String);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

fn part(name: &str) -> Part {
    Part(name.to_string())
}

struct Machine {
    engine: Part,
    wheels: Part,
    seat: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine (engine is {})", self.engine.0);
    }
}

struct Crate {
    label: Part,
    inside: Machine,
}

fn main() {
    let _m = Machine { seat: part("seat"), engine: part("engine"), wheels: part("wheels") };
    let _c = Crate { inside: Machine { engine: part("e2"), wheels: part("w2"), seat: part("s2") }, label: part("label") };
    println!("end of main");
}
