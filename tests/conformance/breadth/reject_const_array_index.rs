// Checks that indexing an array with a constant out-of-range index is rejected by the unconditional_panic lint.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let index = 10;
    let element = a[index];
    println!("The value of element is: {element}");
}
