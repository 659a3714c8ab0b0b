// E0597: the guard implementing Drop is dropped after the value it borrows, declared in an inner block.
struct Printer<'a> {
    text: &'a str,
}

impl Drop for Printer<'_> {
    fn drop(&mut self) {
        println!("bye {}", self.text);
    }
}

fn main() {
    let p;
    {
        let owned = String::from("inner");
        p = Printer { text: &owned };
    }
    println!("made a printer");
}
