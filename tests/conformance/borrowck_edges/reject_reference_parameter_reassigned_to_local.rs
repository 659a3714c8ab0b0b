// E0597: a `mut r: &i32` parameter has the caller's lifetime, so it cannot point at a local
fn show(mut r: &i32) {
    let local = 7;
    if *r == 0 {
        r = &local;
    }
    println!("{}", r);
}

fn main() {
    show(&0);
}
