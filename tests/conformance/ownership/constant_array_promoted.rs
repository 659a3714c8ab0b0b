// A borrowed constant array is promoted to a static: references into it outlive the
// statement (was E0716); an array holding a String is not (reject_* below).
fn main() {
    let v: Vec<&i32> = [1, 2, 3].iter().filter(|x| **x > 1).collect();
    println!("{:?}", v);
}
