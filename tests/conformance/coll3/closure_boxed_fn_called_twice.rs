// Near miss of the FnOnce case: a Box<dyn Fn()> is only borrowed by each call, so it can be called again.
fn main() {
    let s = String::from("hello");
    let f: Box<dyn Fn()> = Box::new(move || println!("{}", s));
    f();
    f();
}
