// A generic struct holding values with Drop: the fields drop in declaration order when the Pair goes out of scope, per instantiation.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair<A, B> {
    first: A,
    second: B,
}

impl<A, B> Pair<A, B> {
    fn swap(self) -> Pair<B, A> {
        Pair { first: self.second, second: self.first }
    }
}

fn noisy(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

fn main() {
    let p = Pair { first: noisy("a"), second: noisy("b") };
    let q = p.swap();
    println!("swapped: first is {}", q.first.name);
    let r = Pair { first: 5, second: noisy("c") };
    println!("r.first = {}", r.first);
    {
        let _inner = Pair { first: noisy("d"), second: String::from("plain") };
        println!("inner scope ends");
    }
    println!("main ends");
}
