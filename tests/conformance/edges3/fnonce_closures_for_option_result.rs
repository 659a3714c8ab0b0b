// FnOnce closures that move captured Strings out, given to `Option::map` and `Result::unwrap_or_else`.
fn main() {
    let s = String::from("abc");
    let opt = Some(2);
    let n = opt.map(|x| { let t = s; t.len() + x });
    let r: Result<i32, String> = Err(String::from("e"));
    let label = String::from("fallback");
    let m = r.unwrap_or_else(|e| { let l = label; (l.len() + e.len()) as i32 });
    println!("{:?} {}", n, m);
}
