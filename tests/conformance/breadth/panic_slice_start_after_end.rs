// Checks that a slice range whose start exceeds its end panics with `slice index starts at .. but ends at ..`.
fn main() {
    let v = [10, 20, 30, 40];
    let mut start = 0;
    let mut end = 3;
    while start < 4 {
        println!("{:?}", &v[start..end]);
        start += 3;
        end -= 1;
    }
}
