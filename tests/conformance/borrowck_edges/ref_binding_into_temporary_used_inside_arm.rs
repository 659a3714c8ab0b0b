// rustc accepts: a `ref` binding into a temporary scrutinee used only inside the arm.
fn main() {
    let mut total = 0;
    match Some(String::from("hello")) {
        Some(ref s) => total += s.len(),
        None => {}
    }
    match (String::from("ab"), 3) {
        (ref t, n) => println!("{} {}", t, n),
    }
    println!("{}", total);
}
