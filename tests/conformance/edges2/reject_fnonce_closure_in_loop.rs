// E0382: a closure that gives away its String can run only once.
fn main() {
    let s = String::from("x");
    let give = move || s;
    for _ in 0..2 {
        let got = give();
        println!("{}", got);
    }
}
