// The Book's ch. 4: two shared borrows end at their last use, then a `&mut` is fine.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} and {r2}");
    let r3 = &mut s;
    r3.push('!');
    println!("{r3}");
}
