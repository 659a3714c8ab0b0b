// A closure that clones what it captured can run many times.
fn main() {
    let base = String::from("id-");
    let make = |n: u32| format!("{}{}", base.clone(), n);
    let ids: Vec<String> = (1..4).map(make).collect();
    println!("{:?} {}", ids, base);
}
