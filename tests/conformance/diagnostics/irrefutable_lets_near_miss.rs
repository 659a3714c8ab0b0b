// Near miss of reject_refutable_let_*: the same shapes written so every value matches
// (a tuple of bindings, a one-variant enum, let...else, if let, a lowercase binding
// next to a const).
const MAX: u8 = 10;

enum Only {
    One(u32),
}

fn main() {
    let p = (0, 1);
    let (a, b) = p;
    let max = 3;
    let o = Only::One(4);
    let Only::One(n) = o;
    let Some(z) = Some(a) else { return };
    if let (0, _) = p {
        println!("starts at zero");
    }
    println!("{a} {b} {max} {n} {z} {MAX}");
}
