// Checks that a name whose value was moved can be shadowed by a new let and used again.
fn take(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let name = String::from("ferris");
    let upper = take(name);
    let name = upper.len();
    println!("{upper} {name}");
    let data = vec![1, 2, 3];
    let moved = data;
    let data = "now a str";
    println!("{:?} {data}", moved);
}
