// `ref` and `ref mut` patterns borrow instead of moving; the owner is used afterwards.
fn main() {
    let mut pair = (String::from("a"), String::from("b"));
    {
        let (ref first, ref mut second) = pair;
        second.push_str(first);
    }
    let (ref x, _) = pair;
    println!("{x} {:?}", pair);
}
