// E0382: after moving `p.name` out, `p` as a whole cannot be used.
#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
}

fn main() {
    let p = Person { name: String::from("Bo"), age: 4 };
    let name = p.name;
    println!("{} {:?}", name, p);
}
