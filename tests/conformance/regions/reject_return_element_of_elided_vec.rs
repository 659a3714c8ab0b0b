// E0621: `w[0]` has the elided element lifetime of `w`, the result must live for `'a`.
fn get<'a>(v: &'a Vec<String>, w: &Vec<&str>) -> &'a str {
    if v.is_empty() { w[0] } else { &v[0] }
}
fn main() {
    let v = vec![String::from("a")];
    let w = vec!["b"];
    println!("{}", get(&v, &w));
}
