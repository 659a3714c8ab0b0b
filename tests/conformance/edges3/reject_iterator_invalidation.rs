// E0502: pushing to a Vec while iterating over it.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x == 2 {
            v.push(4);
        }
    }
    println!("{:?}", v);
}
