// E0597: `push`'s signature ties the vector's element lifetime to the string's, so the call stores a borrow of `owned` in `v`, which outlives it
fn push<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

fn main() {
    let mut v = Vec::new();
    {
        let owned = String::from("b");
        push(&mut v, &owned);
    }
    println!("{:?}", v);
}
