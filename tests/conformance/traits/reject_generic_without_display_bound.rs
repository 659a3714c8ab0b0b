// E0277: `{}` of a `T` with no `Display` bound, even though every caller passes a number.
fn show<T>(x: T) {
    println!("{}", x);
}

fn main() {
    show(1);
}
