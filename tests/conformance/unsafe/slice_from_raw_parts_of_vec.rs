// `slice::from_raw_parts` rebuilds a slice from a Vec's pointer and a length
use std::slice;

fn main() {
    let v = vec![5, 6, 7, 8, 9];
    let p = v.as_ptr();
    let middle = unsafe { slice::from_raw_parts(p.add(1), 3) };
    println!("{:?} {}", middle, middle.len());
    let total: i32 = middle.iter().sum();
    println!("{total}");
}
