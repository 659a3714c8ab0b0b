// Edition 2021 closures capture the fields they use, not the whole struct: a `move`
// closure that uses `p.x` (a Copy field) copies it, and one that uses `q.name` moves only
// that field; the rest of each struct stays usable.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 31 };
    let age_next_year = move || p.age + 1;
    println!("{} {:?}", age_next_year(), p);
    let q = Person { name: String::from("Bob"), age: 42 };
    let name_len = move || q.name.len();
    println!("{} {}", name_len(), q.age);
    let mut r = Person { name: String::from("Cy"), age: 7 };
    let mut birthday = || r.age += 1;
    println!("{}", r.name);
    birthday();
    birthday();
    println!("{:?}", r);
    let mut t = (String::from("left"), String::from("right"));
    let mut push_left = || t.0.push('!');
    let right = &t.1;
    push_left();
    println!("{} {}", right, t.0);
}
