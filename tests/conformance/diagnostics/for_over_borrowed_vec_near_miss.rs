// Near miss of reject_for_loop_implicit_into_iter_moves_vec: iterating over `&names`
// (or calling `.iter()`) borrows, so the vector is still there after the loop; an
// `Option` read through `as_ref` before `unwrap` is not moved either.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for n in &names {
        println!("{n}");
    }
    for n in names.iter() {
        println!("{}", n.len());
    }
    println!("{}", names.len());
    let maybe: Option<String> = Some(String::from("m"));
    let len = maybe.as_ref().map(|s| s.len()).unwrap_or(0);
    let inner = maybe.unwrap();
    println!("{len} {inner}");
}
