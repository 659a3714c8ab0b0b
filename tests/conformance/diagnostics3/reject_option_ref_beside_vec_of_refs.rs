// E0597: the dangling borrow is stored in an `Option<&String>`, yet rustc 1.95's note names the body's first `Vec<&T>` variable (`seen`), as it does for any E0597 in such a body.
fn main() {
    let mut seen: Vec<&str> = Vec::new();
    seen.push("start");
    let mut best: Option<&String> = None;
    {
        let candidate = String::from("abc");
        best = Some(&candidate);
    }
    println!("{:?} {}", best, seen.len());
}
