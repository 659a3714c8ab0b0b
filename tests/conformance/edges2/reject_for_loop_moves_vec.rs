// E0382: `for x in v` consumes the Vec.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for x in v {
        println!("{}", x);
    }
    println!("{}", v.len());
}
