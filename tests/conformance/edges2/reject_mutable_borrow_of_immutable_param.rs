// E0596: a by-value parameter is immutable unless written `mut v`.
fn add_one(v: Vec<i32>) -> Vec<i32> {
    v.push(1);
    v
}

fn main() {
    println!("{:?}", add_one(vec![]));
}
