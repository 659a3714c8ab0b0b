// E0597: an owned `Vec<&i32>` parameter's element lifetime is the caller's
fn extend(mut v: Vec<&i32>) -> usize {
    let x = 1;
    v.push(&x);
    v.len()
}

fn main() {
    println!("{}", extend(Vec::new()));
}
