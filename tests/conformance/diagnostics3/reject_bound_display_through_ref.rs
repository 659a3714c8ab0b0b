// E0277: `{}` of a `&T` with no `Display` bound; rustc notes that `&T` needs it too and suggests the bound.
fn show_all<T>(items: &[T]) {
    for item in items {
        println!("{}", item);
    }
}

fn main() {
    show_all(&[1, 2, 3]);
}
