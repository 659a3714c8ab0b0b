// E0277: a `T: Copy` bound with a String argument.
fn first<T: Copy>(items: &[T]) -> T {
    items[0]
}

fn main() {
    println!("{}", first(&[1, 2]));
    let words = vec![String::from("a")];
    println!("{}", first(&words));
}
