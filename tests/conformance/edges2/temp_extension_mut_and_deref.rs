// `let x = &mut String::new();` and `let s: &str = &String::from(..)` extend their temporaries.
struct W {
    name: String,
}

fn main() {
    let x = &mut String::new();
    x.push('a');
    let s: &str = &String::from("abc");
    let f = &W { name: String::from("field") }.name;
    let n = String::from("ab").as_str().len();
    println!("{} {} {} {}", x, s, f, n);
}
