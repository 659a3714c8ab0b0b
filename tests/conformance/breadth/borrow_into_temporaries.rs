// Borrowing a field or a sub-slice of a temporary: under `let` the temporary lives to the
// end of the block (dropped last), as an argument it dies at the `;`; `&"abc"[1..]` and
// `&vec![..][1..]` used to crash the interpreter.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn show(s: &str) {
    println!("show {s}");
}

fn main() {
    let r = &D("ref").0;
    show(&D("arg").0);
    println!("use {}", r);
    let t = &"abcdef"[2..];
    let a = &vec![1, 2, 3][1..];
    let b = &[10, 20, 30][1..];
    println!("{t} {a:?} {b:?}");
}
