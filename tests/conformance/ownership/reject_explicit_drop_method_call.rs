// Checks that calling the Drop::drop method directly (x.drop()) is rejected with E0040.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("g") };
    g.drop();
    println!("after");
}
