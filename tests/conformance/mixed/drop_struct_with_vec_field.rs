// Checks drop order of a struct whose Drop prints and whose fields are a Vec of droppers and a Box of one.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    label: String,
    items: Vec<Noisy>,
    boxed: Box<Noisy>,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("drop holder {} with {} items", self.label, self.items.len());
    }
}

fn main() {
    let mut h = Holder {
        label: "h1".to_string(),
        items: vec![Noisy("i1"), Noisy("i2")],
        boxed: Box::new(Noisy("b1")),
    };
    h.items.push(Noisy("i3"));
    let popped = h.items.pop();
    println!("popped");
    h.items.remove(0);
    println!("removed");
    h.boxed = Box::new(Noisy("b2"));
    println!("replaced box");
    let t = (Noisy("t1"), Noisy("t2"));
    let arr = [Noisy("a1"), Noisy("a2")];
    println!("end {}", popped.is_some());
    let _ = (&t, &arr);
}
