// `let Ok(v) = r;` on a `Result` is E0005 (`Err(_)` not covered)
fn main() {
    let r: Result<i32, String> = Ok(3);
    let Ok(v) = r;
    println!("{}", v);
}
