// E0382: assigning a field through a moved `&mut S` (`x.v = ..`) uses the moved reference.
struct S { v: Vec<i32> }
fn main() {
    let mut a = S { v: vec![] };
    let x = &mut a;
    let y = x;
    x.v = vec![1];
    println!("{}", y.v.len());
}
