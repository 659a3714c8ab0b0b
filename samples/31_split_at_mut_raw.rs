// Unsafe Rust: `split_at_mut` written with raw pointers (the Book's 20.1)
// Watch: `ptr` is a raw pointer into `v`'s heap buffer (marked raw: it holds no borrow and has no lifetime; the picture shows where it points, `heap block + 12 B` after `add(3)`). `slice::from_raw_parts_mut` makes two `&mut` slices from it, which never overlap: the borrow checker cannot see that, so the function promises it inside `unsafe`.
use std::slice;

fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();

    assert!(mid <= len);

    unsafe {
        let second = ptr.add(mid);
        (
            slice::from_raw_parts_mut(ptr, mid),
            slice::from_raw_parts_mut(second, len - mid),
        )
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];

    let (left, right) = split_at_mut(&mut v, 3);
    left[0] = 10;
    right[0] = 40;
    println!("left {:?}, right {:?}", left, right);

    println!("v is now {:?}", v);
}
