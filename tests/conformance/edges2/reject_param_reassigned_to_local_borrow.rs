// E0597: a `&mut` parameter reassigned to a local's borrow must keep it for the caller's lifetime.
fn fill(mut cur: &mut Vec<i32>) {
    let mut local = vec![0];
    cur.push(1);
    cur = &mut local;
    cur.push(2);
}

fn main() {
    let mut v = vec![];
    fill(&mut v);
    println!("{:?}", v);
}
