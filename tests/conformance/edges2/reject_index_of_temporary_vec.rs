// E0716: `&vec![..][0]` goes through `Index::index`, so the Vec is not extended.
fn main() {
    let r = &vec![1, 2][0];
    println!("{}", r);
}
