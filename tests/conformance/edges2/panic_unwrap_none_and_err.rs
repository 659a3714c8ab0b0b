// `unwrap` on an `Err` shows the error's Debug.
fn main() {
    let ok: Result<i32, String> = Ok(3);
    println!("{}", ok.unwrap());
    let bad: Result<i32, String> = Err(String::from("no luck"));
    println!("{}", bad.unwrap());
}
