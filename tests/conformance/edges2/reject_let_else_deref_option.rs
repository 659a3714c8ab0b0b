// E0507: `let Some(x) = *r else` moves out of the borrowed Option.
fn first(r: &Option<String>) -> usize {
    let Some(x) = *r else {
        return 0;
    };
    x.len()
}

fn main() {
    println!("{}", first(&Some(String::from("ab"))));
}
