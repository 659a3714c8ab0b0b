// E0382: an FnOnce closure called inside a `while` loop is moved by the call in the loop's first turn.
fn main() {
    let report = String::from("done");
    let send = move || report;
    let mut n = 0;
    while n < 3 {
        let r = send();
        println!("{}", r);
        n += 1;
    }
}
