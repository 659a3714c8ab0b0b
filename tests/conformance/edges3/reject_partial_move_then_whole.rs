// E0382: after `p.name` is moved out, the whole `p` cannot be used.
#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 33 };
    let name = p.name;
    println!("{name}");
    println!("{:?}", p);
}
