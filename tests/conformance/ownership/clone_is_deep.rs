// Checks that clone copies heap data so changing the clone leaves the original alone, for String, Vec and nested structs.
#[derive(Debug, Clone)]
struct Team {
    name: String,
    members: Vec<String>,
}

fn main() {
    let s1 = String::from("hello");
    let mut s2 = s1.clone();
    s2.push_str(" world");
    println!("s1 = {s1}, s2 = {s2}");
    let a = Team { name: String::from("red"), members: vec![String::from("ann")] };
    let mut b = a.clone();
    b.name.push_str("-copy");
    b.members.push(String::from("bob"));
    b.members[0].push('!');
    println!("{:?}", a);
    println!("{:?}", b);
}
