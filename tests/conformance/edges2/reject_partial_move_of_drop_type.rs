// E0509: a field cannot be moved out of a type that implements `Drop`.
struct Guard {
    label: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard");
    }
}

fn main() {
    let g = Guard { label: String::from("x") };
    let l = g.label;
    println!("{}", l);
}
