// E0596: `&raw mut` of a variable that is not declared `mut`
fn main() {
    let x = 5;
    let p = &raw mut x;
    unsafe {
        *p = 6;
    }
    println!("{x}");
}
