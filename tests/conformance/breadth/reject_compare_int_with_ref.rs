// Checks that comparing an integer with a reference to an integer is rejected with E0277.
fn main() {
    let v = vec![1, 2, 3];
    let mut count = 0;
    for x in &v {
        if 2 == x {
            count += 1;
        }
    }
    println!("{count}");
}
