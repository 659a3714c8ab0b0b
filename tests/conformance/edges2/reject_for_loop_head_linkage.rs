// E0502: pushing to the vector a `for` loop is iterating over.
fn main() {
    let mut vector = vec![1, 2];
    for &x in &vector {
        let cap = vector.capacity();
        vector.push(x + cap as i32);
    }
}
