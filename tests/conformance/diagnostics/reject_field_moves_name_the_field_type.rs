struct Person {
    name: String,
    tags: Vec<String>,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ann"), tags: vec![], age: 31 };
    let a = p.name;
    println!("{} {}", a, p.name);
    let shout = move || p.tags.len();
    println!("{} {}", shout(), p.age);
    println!("{:?}", p.tags);
    let q = Person { name: String::from("Bo"), tags: vec![], age: 2 };
    let c = move || println!("{}", q.name);
    c();
    let _r = &q;
}
