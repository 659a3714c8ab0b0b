// A `move` closure owns its captures: they drop when the closure does.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = D("a");
    let b = D("b");
    {
        let f = move || println!("closure has {}", a.0);
        f();
        f();
        println!("closure scope ends");
    }
    println!("b still here: {}", b.0);
}
