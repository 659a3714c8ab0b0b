// E0594: a `*const` pointer cannot be written through, even in `unsafe`
fn main() {
    let mut x = 5;
    let p = &x as *const i32;
    unsafe {
        *p = 6;
    }
    x += 1;
    println!("{x}");
}
