// Each element of a Vec drops completely (its own drop, then its fields) before the next.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("  drop part {}", self.0);
    }
}

struct Machine {
    name: &'static str,
    parts: Vec<Part>,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine {} with {} parts", self.name, self.parts.len());
    }
}

fn main() {
    let shop = vec![
        Machine { name: "m1", parts: vec![Part("gear"), Part("belt")] },
        Machine { name: "m2", parts: vec![Part("bolt")] },
    ];
    println!("shop has {}", shop.len());
}
