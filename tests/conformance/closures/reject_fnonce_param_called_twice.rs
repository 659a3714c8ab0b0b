// E0382: calling an FnOnce parameter moves it; a second call uses a moved value.
fn consume<F: FnOnce() -> String>(f: F) -> String {
    let a = f();
    let b = f();
    a + &b
}

fn main() {
    let s = String::from("hi");
    println!("{}", consume(move || s));
}
