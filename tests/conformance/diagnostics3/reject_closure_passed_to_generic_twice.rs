// E0382: a `move` closure passed by value to `fn run<F: Fn()>(f: F)` is moved; passing it again is E0382 with "consider borrowing".
fn run<F: Fn()>(f: F) {
    f();
}

fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let show = move || println!("{}", words.len());
    run(show);
    run(show);
}
