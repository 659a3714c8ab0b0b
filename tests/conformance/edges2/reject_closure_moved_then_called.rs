// E0382: a closure that captured a String by move is itself moved to `g`.
fn main() {
    let s = String::from("cap");
    let f = move || println!("{}", s);
    let g = f;
    g();
    f();
}
