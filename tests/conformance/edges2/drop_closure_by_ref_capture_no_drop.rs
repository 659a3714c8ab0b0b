// A non-`move` closure only borrows: dropping it does not drop what it captured.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let d = D("captured");
    {
        let show = || println!("see {}", d.0);
        show();
    }
    println!("closure gone, d alive: {}", d.0);
    let e = D("eaten");
    let eat = move || {
        let inner = e;
        println!("ate {}", inner.0);
    };
    println!("before call");
    eat();
    println!("end");
}
