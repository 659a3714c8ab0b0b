// E0308: both fields of Point<T> have the one type T, so an integer x and a float y do not fit (the Book's Listing 10-7).
struct Point<T> {
    x: T,
    y: T,
}

fn main() {
    let wont_work = Point { x: 5, y: 4.0 };
}
