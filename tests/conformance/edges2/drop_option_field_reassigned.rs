// Assigning to a struct's field drops the field's old value at once.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    slot: Option<D>,
    other: D,
}

fn main() {
    let mut h = Holder { slot: Some(D("first")), other: D("other") };
    h.slot = Some(D("second"));
    println!("replaced");
    h.slot = None;
    println!("cleared");
    h.other = D("other2");
    println!("end");
}
