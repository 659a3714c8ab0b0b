// near miss rustc accepts: `&'a Vec<&str>` implies the elements outlive `'a`, so `v[0]` may be returned as `&'a str`.
fn get<'a>(v: &'a Vec<&str>) -> &'a str {
    v[0]
}

fn main() {
    let v = vec!["a"];
    println!("{}", get(&v));
}
