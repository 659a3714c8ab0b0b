// E0505 beside "variable `y` is assigned to, but never used" and "value assigned to `y` is never read"; a `mut` never changed is also unused.
fn main() {
    let mut z = 1;
    let mut y = 1;
    y = 2;
    let s = String::new();
    let r = &s;
    drop(s);
    println!("{r}");
}
