// Near miss: `for x in &v` borrows; `for x in &mut v` mutates in place.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    for x in &v {
        println!("{}", x);
    }
    for x in &mut v {
        x.push('!');
    }
    println!("{:?} {}", v, v.len());
}
