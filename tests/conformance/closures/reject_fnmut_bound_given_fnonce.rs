// E0525: a closure that moves a captured Vec out is only FnOnce; FnMut is asked for.
fn call_twice<F: FnMut() -> Vec<i32>>(mut f: F) {
    f();
    f();
}

fn main() {
    let v = vec![1, 2];
    let give = move || v;
    call_twice(give);
}
