// Checks that a mut variable moved out of can be reassigned and used again, even inside a loop.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut s = String::from("first");
    let moved = s;
    s = String::from("second");
    println!("{moved} {s}");
    let mut total = 0;
    for i in 0..3 {
        total += consume(s);
        s = format!("round {i}");
    }
    println!("{s} {total}");
    let mut v = vec![1];
    let old = v;
    v = old.clone();
    v.push(2);
    println!("{:?} {:?}", old, v);
}
