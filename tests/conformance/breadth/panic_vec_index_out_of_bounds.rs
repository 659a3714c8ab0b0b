// Checks that indexing a Vec past its end at run time panics with the len and index in the message.
fn pick(v: &Vec<i32>, i: usize) -> i32 {
    v[i]
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", pick(&v, 2));
    let idx = v.len() + 7;
    println!("{}", pick(&v, idx));
    println!("unreachable");
}
