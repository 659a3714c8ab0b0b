// A `_` parameter still owns its argument: it drops with the other parameters, in reverse.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn use_ref<T>(_: &T) {}

fn f(a: D, _: D, c: D) {
    let _l = D(0);
    println!("body {} {}", a.0, c.0);
}

fn main() {
    let x = 5;
    use_ref(&x);
    use_ref(&String::from("s"));
    f(D(1), D(2), D(3));
    println!("{x}");
}
