// E0382: a closure holding a `&mut` capture is not `Copy`: `let g = f;` moves it.
fn main() {
    let mut n = 0;
    let mut f = || n += 1;
    let mut g = f;
    g();
    f();
    println!("{}", n);
}
