// Near miss: `mut v` makes the parameter's own copy mutable.
fn add_one(mut v: Vec<i32>) -> Vec<i32> {
    v.push(1);
    v
}

fn main() {
    let v = vec![0];
    let w = add_one(v);
    println!("{:?}", w);
}
