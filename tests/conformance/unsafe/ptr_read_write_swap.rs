// `ptr::read`, `ptr::write` and `ptr::swap` on Copy values
use std::ptr;

fn main() {
    let mut a = 1;
    let mut b = 2;
    let pa = &raw mut a;
    let pb = &raw mut b;
    unsafe {
        ptr::swap(pa, pb);
        let old = ptr::read(pa);
        ptr::write(pb, old * 100);
        println!("{} {}", *pa, *pb);
    }
    println!("a={a} b={b}");
}
