// E0499: the `&mut` returned from one arm is the caller's for the rest of the function, even on the other arm
fn get_or_zero(v: &mut Vec<i32>, i: usize) -> &mut i32 {
    let slot = v.get_mut(i);
    match slot {
        Some(x) => return x,
        None => {}
    }
    v.push(0);
    v.last_mut().unwrap()
}

fn main() {
    let mut v = vec![1];
    *get_or_zero(&mut v, 3) += 5;
    println!("{:?}", v);
}
