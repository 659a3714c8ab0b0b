// E0133: `add` on a raw pointer is an unsafe method; rustc names it `std::ptr::const_ptr::<impl *const T>::add`
fn main() {
    let arr = [1, 2, 3];
    let p = arr.as_ptr();
    let q = p.add(1);
    println!("{}", unsafe { *q });
}
