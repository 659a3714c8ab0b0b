// E0502: `&mut arr[0]` and `&arr[1]`: the borrow checker does not tell constant array indexes apart.
fn main() {
    let mut arr = [1, 2, 3];
    let a = &mut arr[0];
    let b = &arr[1];
    *a += *b;
    println!("{:?}", arr);
}
