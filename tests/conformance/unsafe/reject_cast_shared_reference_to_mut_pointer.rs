// E0606: a shared reference cannot be cast to `*mut` (a `&mut` can, and `&` can become `*const`)
fn main() {
    let mut y = 1;
    let ok = &mut y as *mut i32;
    let x = 5;
    let fine = &x as *const i32;
    let p = &x as *mut i32;
    println!("{}", ok.is_null() || fine.is_null() || p.is_null());
}
