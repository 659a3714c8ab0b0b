// E0597: the Parser outlives the String its `&'a str` borrows.
struct Parser<'a> {
    input: &'a str,
}

fn main() {
    let p;
    {
        let text = String::from("abc");
        p = Parser { input: &text };
    }
    println!("{}", p.input);
}
