// Checks the Book's NLL example: a &mut borrow is allowed once the earlier shared borrows are no longer used.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} and {r2}");
    let r3 = &mut s;
    r3.push_str(" world");
    println!("{r3}");
    let len = s.len();
    let r4 = &mut s;
    r4.push('!');
    println!("{s} (was {len})");
}
