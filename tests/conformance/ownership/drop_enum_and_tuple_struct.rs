// Checks that enum payloads and tuple-struct fields are dropped when the enum or struct is dropped.
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

struct Wrapper(Noisy, Noisy);

enum Message {
    Text(Noisy),
    Pair(Noisy, Noisy),
}

fn main() {
    let w = Wrapper(noisy("w0"), noisy("w1"));
    let m1 = Message::Pair(noisy("p0"), noisy("p1"));
    let m2 = Message::Text(noisy("text"));
    drop(m1);
    println!("after m1");
    let Wrapper(first, _) = w;
    println!("took {} out of wrapper", first.name);
    if let Message::Text(n) = &m2 {
        println!("m2 has {}", n.name);
    }
    println!("end of main");
}
