// E0502: the closure mutably borrows `p.name`; printing `p.name` before its last call is rejected.
struct Pet {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Pet { name: String::from("Rex"), age: 3 };
    let mut shout = || p.name.push('!');
    println!("{}", p.name);
    shout();
    println!("{}", p.age);
}
