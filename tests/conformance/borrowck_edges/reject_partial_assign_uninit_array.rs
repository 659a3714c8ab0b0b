// E0381: assigning one element of an array declared without a value is a partial initialisation.
fn main() {
    let mut a: [String; 2];
    a[0] = String::new();
    a[1] = String::from("b");
    println!("{:?}", a);
}
