// `Vec::as_mut_ptr` reaches the heap buffer: writes through it show up in the Vec; `as_ptr` reads it back
fn main() {
    let mut v = vec![1, 2, 3];
    let p = v.as_mut_ptr();
    unsafe {
        *p.add(2) = 30;
        *p *= 5;
    }
    println!("{:?} len {}", v, v.len());
    let r = v.as_ptr();
    let second = unsafe { *r.add(1) };
    println!("{second}");
}
