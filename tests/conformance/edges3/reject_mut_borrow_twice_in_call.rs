// E0499: two `&mut` to the same Vec passed to one call.
fn both(a: &mut Vec<i32>, b: &mut Vec<i32>) {
    a.push(1);
    b.push(2);
}

fn main() {
    let mut v = Vec::new();
    both(&mut v, &mut v);
    println!("{:?}", v);
}
