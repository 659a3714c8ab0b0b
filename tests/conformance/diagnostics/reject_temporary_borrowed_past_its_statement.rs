fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let name = String::from("ann");
    let upper: &str = name.to_uppercase().as_str();
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("x"));
    let n: &i32 = &(*&5 + 1);
    let s: &String;
    s = &String::new();
    println!("{upper} {v:?} {n} {s}");
}
