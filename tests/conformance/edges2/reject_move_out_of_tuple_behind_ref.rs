// E0507: `r.0` cannot be moved out from behind `&(String, i32)`.
fn main() {
    let t = (String::from("a"), 1);
    let r = &t;
    let s = r.0;
    println!("{} {}", s, r.1);
}
