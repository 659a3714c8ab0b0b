// An array pattern moves its elements out; a by-value binding in a guarded arm moves
// only once the guard passes, so the next arm can still take the value.
struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let [a, b] = [D(1), D(2)];
    println!("{} {}", a.0, b.0);
    let o = Some(D(3));
    match o {
        Some(d) if d.0 > 10 => println!("big {}", d.0),
        Some(d) => println!("small {}", d.0),
        None => {}
    }
    println!("end");
}
