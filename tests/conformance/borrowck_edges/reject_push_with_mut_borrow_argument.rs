// E0499: `v.push(..)` reserves `&mut v`; a `&mut v` inside the argument conflicts even with two-phase borrows.
fn grow(v: &mut Vec<i32>) -> i32 {
    v.push(0);
    v.len() as i32
}

fn main() {
    let mut v = vec![1, 2];
    v.push(grow(&mut v));
    println!("{:?}", v);
}
