// Near miss: with disjoint capture the closure borrows only `p.name`, so reading and changing `p.age` meanwhile is accepted.
struct Pet {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Pet { name: String::from("Rex"), age: 3 };
    let mut shout = || p.name.push('!');
    p.age += 1;
    println!("{}", p.age);
    shout();
    shout();
    println!("{} {}", p.name, p.age);
}
