#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct P { x: f64, y: f64 }
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest { largest = item; }
    }
    largest
}
fn main() {
    println!("{}", largest(&[3, 7, 2]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{:?}", largest(&[P { x: 1.0, y: 2.0 }, P { x: 1.0, y: 3.0 }]));
    let v: Vec<f64> = vec![];
    println!("{}", largest(&v));
}
