// Drop order with trait methods: a `self` method drops its receiver at its end, temporaries at the statement's end.
trait Label {
    fn label(&self) -> String;
    fn into_label(self) -> String;
    fn make(n: u8) -> Self;
}

struct Noisy {
    n: u8,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.n);
    }
}

impl Label for Noisy {
    fn label(&self) -> String {
        format!("noisy{}", self.n)
    }
    fn into_label(self) -> String {
        let s = self.label();
        println!("consumed {}", s);
        s
    }
    fn make(n: u8) -> Self {
        Noisy { n }
    }
}

fn main() {
    let a = Noisy::make(1);
    println!("{}", Noisy::make(2).label());
    let s = Noisy::make(3).into_label();
    println!("got {}", s);
    let b = <Noisy as Label>::make(4);
    println!("{} {}", a.label(), b.label());
}
