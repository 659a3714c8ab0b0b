// `String::as_ptr` points at the UTF-8 bytes on the heap; reading them one by one
fn main() {
    let s = String::from("hey");
    let p = s.as_ptr();
    for i in 0..s.len() {
        let byte = unsafe { *p.add(i) };
        print!("{} ", byte);
    }
    println!();
}
