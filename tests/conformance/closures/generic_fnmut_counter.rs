// An FnMut closure that pushes to a Vec it borrows mutably, called by a generic function
// in a loop; the borrow ends when the call returns, and the Vec is read after.
fn repeat<F: FnMut(u32)>(n: u32, mut f: F) {
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let mut squares = Vec::new();
    repeat(4, |i| squares.push(i * i));
    println!("{:?} cap {}", squares, squares.capacity());
    let mut total = 0;
    repeat(5, |i| total += i);
    println!("total {}", total);
}
