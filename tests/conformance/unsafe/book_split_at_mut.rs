// The Book's 20.1: `split_at_mut` written with `as_mut_ptr`, `add` and `slice::from_raw_parts_mut`
use std::slice;

fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();

    assert!(mid <= len);

    unsafe {
        (
            slice::from_raw_parts_mut(ptr, mid),
            slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];

    let r = &mut v[..];

    let (a, b) = split_at_mut(r, 3);
    a[0] += 100;
    b[2] *= 10;

    assert_eq!(a, &mut [101, 2, 3]);
    println!("{:?} {:?}", a, b);
    println!("{:?}", v);
}
