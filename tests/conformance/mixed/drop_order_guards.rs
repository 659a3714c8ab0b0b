// Checks Drop order for struct fields, Vec elements, shadowing, moved values and nested scopes with printing Drop impls.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    first: Guard,
    second: Guard,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({} , {})", self.first.name, self.second.name);
    }
}

fn make(name: &str) -> Guard {
    Guard { name: name.to_string() }
}

fn consume(g: Guard) {
    println!("consuming {}", g.name);
}

fn main() {
    let a = make("a");
    let v = vec![make("v0"), make("v1"), make("v2")];
    {
        let _p = Pair { first: make("p1"), second: make("p2") };
        let b = make("b");
        consume(b);
        println!("end inner");
    }
    let a = make("a2");
    let mut x = make("x1");
    x = make("x2");
    println!("reassigned");
    let _ = make("temp");
    println!("end main {} {}", a.name, x.name);
    drop(v);
    println!("after vec");
}
