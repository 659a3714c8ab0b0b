// E0382: the closure moved `p.name` in; `p.name` is used after the closure is made.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Bo"), age: 40 };
    let take_name = || {
        let n = p.name;
        n.len()
    };
    println!("{} {}", p.name, p.age);
    println!("{}", take_name());
}
