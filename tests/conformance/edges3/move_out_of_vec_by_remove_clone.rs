// Near miss: take a String out of a Vec with `remove`, `swap_remove`, or `clone`.
fn main() {
    let mut v = vec![String::from("a"), String::from("b"), String::from("c")];
    let first = v.remove(0);
    let copy = v[0].clone();
    let last = v.swap_remove(0);
    println!("{first} {copy} {last} {:?}", v);
}
