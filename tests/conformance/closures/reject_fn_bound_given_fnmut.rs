// E0525: a closure that mutates its capture is FnMut; the bound asks for Fn.
fn apply<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    let bump = || n += 1;
    apply(bump);
    println!("{}", n);
}
