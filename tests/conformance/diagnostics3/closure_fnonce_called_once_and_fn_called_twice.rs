// Near misses: an FnOnce closure called once, a Fn closure called twice, a closure moved into a generic once and a copy of a Copy closure compile.
fn run<F: Fn()>(f: F) {
    f();
}

fn bump<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let log = vec![String::from("start")];
    let finish = || drop(log);
    finish();
    let words = vec![String::from("a")];
    let show = move || println!("{}", words.len());
    show();
    show();
    run(show);
    let mut count = 0;
    let tick = || count += 1;
    bump(tick);
    println!("{}", count);
    let n = 5;
    let add = move |x: i32| x + n;
    let copy = add;
    println!("{} {}", add(1), copy(2));
}
