fn main() {
    let a: Option<String> = Some(String::new());
    let _ = a.expect("x");
    let _ = a.is_some();
    let c: Result<String, String> = Ok(String::new());
    let _ = c.unwrap();
    let _ = c.is_ok();
    let d: Result<String, String> = Ok(String::new());
    let _ = d.expect("y");
    let _ = d.is_ok();
    let e = String::from("e");
    let _ = e.into_bytes();
    let _ = e.len();
    let i: Option<String> = None;
    let _ = i.map(|s| s.len());
    let _ = i.is_none();
    let j: Option<String> = None;
    let _ = j.unwrap_or_default();
    let _ = j.is_none();
    let k = vec![String::new()];
    for _ in k.into_iter() {}
    let _ = k.len();
    let l: Option<Vec<i32>> = None;
    let _ = l.unwrap();
    let _ = l.is_none();
}
