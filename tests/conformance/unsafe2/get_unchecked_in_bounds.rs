// `get_unchecked` / `get_unchecked_mut` (unsafe) on a Vec, an array and a slice, every index in bounds: a reference to the element, no check made.
fn sum_unchecked(values: &[i32]) -> i32 {
    let mut total = 0;
    for i in 0..values.len() {
        total += unsafe { *values.get_unchecked(i) };
    }
    total
}

fn main() {
    let mut v = vec![1, 2, 3];
    let a = [4, 5];
    unsafe {
        println!("{} {}", v.get_unchecked(1), a.get_unchecked(0));
        *v.get_unchecked_mut(2) += 10;
    }
    println!("{:?} {}", v, sum_unchecked(&v));
}
