// `for (a, Some(b)) in ...` is E0005: the nested `Some` makes the `for` pattern refutable
fn main() {
    let pairs = vec![(1, Some(2)), (3, None)];
    for (a, Some(b)) in pairs {
        println!("{} {}", a, b);
    }
}
