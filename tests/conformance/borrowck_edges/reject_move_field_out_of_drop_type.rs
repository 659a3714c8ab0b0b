// E0509: a field cannot be moved out of a value whose type implements Drop.
struct Guard {
    label: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

fn main() {
    let g = Guard { label: String::from("g1") };
    let label = g.label;
    println!("{}", label);
}
