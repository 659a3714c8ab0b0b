// Checks that calling push on a Vec bound without mut is rejected with E0596.
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
