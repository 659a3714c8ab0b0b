// rustc accepts: without a Drop impl, a struct holding a reference to a shorter-lived value is fine if never used again.
struct Printer<'a> {
    text: &'a str,
}

fn main() {
    let p;
    {
        let owned = String::from("inner");
        p = Printer { text: &owned };
        println!("inside: {}", p.text);
    }
    println!("made a printer");
}
