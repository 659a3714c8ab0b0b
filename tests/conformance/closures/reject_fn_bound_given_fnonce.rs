// E0525: a closure that moves its capture out is only FnOnce; the bound asks for Fn.
fn apply<F: Fn()>(f: F) {
    f();
}

fn main() {
    let s = String::from("hi");
    let c = move || drop(s);
    apply(c);
}
