// E0382: the name String is moved out of the struct into a Vec, then the whole struct is printed.
#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 30 };
    let mut names = Vec::new();
    names.push(p.name);
    println!("{} {:?}", p.age, names);
    println!("{:?}", p);
}
