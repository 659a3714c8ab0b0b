// E0382: `..base` moves the String field `name` into `copy`; printing `base` afterwards is a borrow of a partially moved value, labelled at the whole struct expression.
#[derive(Debug)]
struct Profile {
    name: String,
    age: u32,
}

fn main() {
    let base = Profile { name: String::from("kim"), age: 30 };
    let copy = Profile { age: 31, ..base };
    println!("{:?}", copy);
    println!("{:?}", base);
}
