// Checks that sorting a Vec<f64> is rejected with E0277 because f64 does not implement Ord.
fn main() {
    let mut temps = vec![21.5, 19.0, 23.25];
    temps.sort();
    println!("{:?}", temps);
}
