// A box type with both `Deref` and `Drop`: derefs borrow, the value inside drops after the box's own `drop`, boxes drop in reverse order.
use std::ops::Deref;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy {}", self.0);
    }
}

struct NoisyBox(Noisy);

impl Deref for NoisyBox {
    type Target = Noisy;
    fn deref(&self) -> &Noisy {
        &self.0
    }
}

impl Drop for NoisyBox {
    fn drop(&mut self) {
        println!("drop NoisyBox {}", self.0.0);
    }
}

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn name(n: &Noisy) -> &'static str {
    n.0
}

fn main() {
    let a = NoisyBox(Noisy("a"));
    let b = NoisyBox(Noisy("b"));
    println!("{} {}", name(&a), (*b).0);
    let n = MyBox(7u64);
    println!("{}", *n * 6);
    println!("end of main");
}
