// Checks that using a name never declared is rejected with E0425.
fn main() {
    let apples = 3;
    let total = apples + oranges;
    println!("{total}");
}
