// Rustlings structs3: `Package::new` panics below 10 grams after a valid package prints.
#[derive(Debug)]
struct Package { sender: String, weight: u32 }
impl Package {
    fn new(sender: String, weight: u32) -> Package {
        if weight < 10 { panic!("Can not ship a package with weight below 10 grams"); }
        Package { sender, weight }
    }
    fn cost(&self, per_gram: u32) -> u32 { self.weight * per_gram }
}
fn main() {
    let p = Package::new(String::from("Spain"), 1500);
    println!("{} {:?}", p.cost(3), p);
    let q = Package::new(String::from("x"), 5);
    println!("{:?}", q);
}
