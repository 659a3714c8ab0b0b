// E0501: a closure pushing through the `&mut` parameter `v` holds a unique borrow of `*v`, so `v.push` before the closure's last call is rejected.
fn fill(v: &mut Vec<i32>) {
    let mut add = |n| v.push(n);
    v.push(0);
    add(1);
}

fn main() {
    let mut numbers = Vec::new();
    fill(&mut numbers);
    println!("{numbers:?}");
}
