// `&x as *const i32` and `&mut y as *mut i32`: casts from references, read and written through in `unsafe`
fn main() {
    let x = 10;
    let mut y = 20;
    let px = &x as *const i32;
    let py = &mut y as *mut i32;
    unsafe {
        *py = *px + *py;
        println!("{}", *py);
    }
    println!("{y}");
    let z = 7u8;
    let pz: *const u8 = &z;
    let total = unsafe { *pz as u32 + 1 };
    println!("{total}");
}
