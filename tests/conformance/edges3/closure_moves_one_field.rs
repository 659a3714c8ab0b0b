// A `move`-free closure that consumes one String field captures only that field by value.
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
    println!("{}", p.age);
    println!("{}", take_name());
}
