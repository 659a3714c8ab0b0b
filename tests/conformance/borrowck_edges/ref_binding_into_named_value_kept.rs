// rustc accepts: a `ref` binding into a named value may be kept after the match.
fn main() {
    let opt = Some(String::from("kept"));
    let msg;
    match opt {
        Some(ref m) => msg = m,
        None => return,
    }
    println!("{} {:?}", msg, opt);
}
