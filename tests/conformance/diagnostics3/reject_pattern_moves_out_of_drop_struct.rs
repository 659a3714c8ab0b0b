// E0509: destructuring a struct that implements Drop moves its String field out; rustc labels the binding and suggests `ref label`.
struct Guard {
    label: String,
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn main() {
    let g = Guard { label: String::from("g1"), id: 1 };
    let Guard { label, id } = g;
    println!("{} {}", label, id);
}
