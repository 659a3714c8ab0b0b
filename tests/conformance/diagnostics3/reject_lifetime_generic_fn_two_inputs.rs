// E0106: a generic function returning `&T` from two reference parameters: the `'a` goes first among its generics.
fn pick<T>(items: &Vec<T>, fallback: &T) -> &T {
    items.first().unwrap_or(fallback)
}

fn main() {
    let v = vec![1, 2];
    println!("{}", pick(&v, &0));
}
