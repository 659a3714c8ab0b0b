// Near miss: a guard may read the scrutinee's bindings and other locals.
fn main() {
    let v = vec![1, 2, 3];
    let limit = 2;
    match v.as_slice() {
        [first, rest @ ..] if rest.len() >= limit => println!("{} then {}", first, rest.len()),
        [first, ..] => println!("only {}", first),
        [] => println!("empty"),
    }
}
