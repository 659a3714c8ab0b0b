// E0597: the struct keeps a borrow of a String that dies in the inner block.
struct Parser<'a> {
    input: &'a str,
}

fn main() {
    let p;
    {
        let s = String::from("text");
        p = Parser { input: &s };
    }
    println!("{}", p.input);
}
