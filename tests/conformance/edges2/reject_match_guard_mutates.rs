// E0596: a match guard gets only shared access to the bindings.
fn main() {
    let mut v = vec![1, 2];
    match v.len() {
        n if { v.push(3); n > 1 } => println!("big {}", n),
        _ => println!("small"),
    }
}
