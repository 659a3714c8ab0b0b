// E0508: `let mut largest = list[0];` moves out of a slice when T is not Copy.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0];
    for item in list {
        if *item > largest {
            largest = *item;
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[1, 2]));
}
