// E0382: a parameter `f: F` with `F: FnOnce() -> i32` is moved by its first call; rustc points at the bound in its note.
fn twice<F: FnOnce() -> i32>(f: F) -> i32 {
    let a = f();
    a + f()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", twice(move || v.into_iter().sum()));
}
