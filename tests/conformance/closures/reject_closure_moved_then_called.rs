// E0382: moving a closure that captures by `&mut` into another binding moves it.
fn main() {
    let mut n = 0;
    let mut f = || n += 1;
    let mut g = f;
    g();
    f();
    println!("{}", n);
}
