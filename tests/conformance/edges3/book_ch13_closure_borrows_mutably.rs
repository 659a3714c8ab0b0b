// The Book's listing 13-5: a closure that pushes borrows `list` mutably until its last call.
fn main() {
    let mut list = vec![1, 2, 3];
    let mut borrows_mutably = || list.push(4);
    borrows_mutably();
    println!("After calling closure: {list:?}");
}
