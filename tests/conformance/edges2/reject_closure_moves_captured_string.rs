// E0382: a closure that drops a captured String is FnOnce; calling it twice is an error.
fn main() {
    let s = String::from("once");
    let f = move || drop(s);
    f();
    f();
}
