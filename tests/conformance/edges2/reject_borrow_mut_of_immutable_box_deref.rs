// E0596: `&mut *b` through an immutable Box binding names the binding.
fn main() {
    let b = Box::new(5);
    let r = &mut *b;
    *r += 1;
    println!("{}", b);
}
