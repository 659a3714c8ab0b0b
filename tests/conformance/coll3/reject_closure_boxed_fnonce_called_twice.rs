// E0382: a Box<dyn FnOnce()> is moved into its first call, so calling it again uses a moved value.
fn main() {
    let s = String::from("bye");
    let f: Box<dyn FnOnce()> = Box::new(move || println!("{}", s));
    f();
    f();
}
