// A Box<D> drops its content; `Option::take` moves it out, so the drop happens where the taken value dies.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut slot = Some(Box::new(D("boxed")));
    {
        let taken = slot.take();
        println!("taken {}", taken.is_some());
    }
    println!("slot {}", slot.is_none());
    let _b = Box::new(D("second"));
}
