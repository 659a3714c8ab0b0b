// near miss rustc accepts: string literals and promoted constants are `'static`; without the annotation a local borrow is fine.
fn main() {
    let r: &'static str = "hello";
    let n: &'static i32 = &5;
    let x = 6;
    let t: &i32 = &x;
    let u: &str = &String::from("temp");
    println!("{} {} {} {}", r, n, t, u);
}
