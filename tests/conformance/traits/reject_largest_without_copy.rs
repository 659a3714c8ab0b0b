// E0508: `largest` with only `T: PartialOrd` cannot move `list[0]` out of the slice.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[3, 7, 2]));
}
