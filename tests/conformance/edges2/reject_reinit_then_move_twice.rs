// E0382: after `drop(x)` the re-initialised box is gone again.
fn main() {
    let mut x = Box::new(0);
    let _u = x;
    x = Box::new(1);
    drop(x);
    let _ = (1, x);
}
