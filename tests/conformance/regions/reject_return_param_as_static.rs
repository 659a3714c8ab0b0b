// rustc rejects: `-> &'static str` cannot return data borrowed from the `&String` parameter.
fn get(s: &String) -> &'static str {
    s.as_str()
}

fn main() {
    let s = String::from("x");
    println!("{}", get(&s));
}
