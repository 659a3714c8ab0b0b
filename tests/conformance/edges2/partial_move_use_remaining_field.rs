// Near miss: the fields not moved stay usable, and the moved one can be re-assigned.
#[derive(Debug)]
struct Person {
    name: String,
    nick: String,
    age: u8,
}

fn main() {
    let mut p = Person { name: String::from("Bo"), nick: String::from("b"), age: 4 };
    let name = p.name;
    println!("{} {} {}", name, p.nick, p.age);
    p.name = String::from("Al");
    println!("{:?}", p);
}
