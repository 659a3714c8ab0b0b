// Raw pointers are 8 bytes (an Option of one is 16: no niche); they compare by address
use std::mem::size_of;

fn main() {
    println!("{} {} {}", size_of::<*const i32>(), size_of::<*mut u8>(),
             size_of::<Option<*const i32>>());
    let arr = [1, 2, 3];
    let p = arr.as_ptr();
    let second = unsafe { p.add(1) };
    let r = &arr[1] as *const i32;
    println!("{}", second == r);
    println!("{}", p == r);
    println!("{}", format!("{:p}", p).starts_with("0x"));
    println!("{}", format!("{:?}", std::ptr::null::<i32>()));
}
