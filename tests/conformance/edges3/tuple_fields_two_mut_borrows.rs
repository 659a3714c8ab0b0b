// Two `&mut` to different tuple fields at once are disjoint.
fn main() {
    let mut t = (1, String::from("x"));
    let a = &mut t.0;
    let b = &mut t.1;
    *a += 1;
    b.push('y');
    println!("{:?}", t);
}
