// E0596: calling an FnMut parameter borrows it mutably, so it must be declared `mut`.
fn call_once_more<F: FnMut()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    call_once_more(|| n += 1);
    println!("{}", n);
}
