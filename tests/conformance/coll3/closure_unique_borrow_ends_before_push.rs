// Near miss of E0501: the closure's last call comes before `v.push`, so its unique borrow of `*v` has ended.
fn fill(v: &mut Vec<i32>) {
    let mut add = |n| v.push(n * 10);
    add(1);
    add(2);
    v.push(0);
}

fn main() {
    let mut numbers = Vec::new();
    fill(&mut numbers);
    println!("{numbers:?}");
}
