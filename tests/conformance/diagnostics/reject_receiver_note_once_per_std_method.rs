fn main() {
    let v: Vec<i32> = Vec::new();
    for x in v {
        println!("{x}");
    }
    let _w = v;
    let a: Option<String> = None;
    let _ = a.unwrap();
    let _ = a.is_some();
    let b: Option<String> = None;
    let _ = b.unwrap();
    let _ = b.is_some();
}
