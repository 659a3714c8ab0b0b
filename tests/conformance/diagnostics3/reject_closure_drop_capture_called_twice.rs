// E0382: a closure whose body moves `log` out (`drop(log)`) is FnOnce; its first call moves it, so the second call is a use after move (with rustc's two notes).
fn main() {
    let log = vec![String::from("start")];
    let finish = || drop(log);
    finish();
    finish();
}
