// E0382: a closure that captures by `&mut` is not Copy: giving it to a function moves it.
fn call<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let mut n = 0;
    let mut bump = || n += 1;
    call(bump);
    bump();
    println!("{}", n);
}
