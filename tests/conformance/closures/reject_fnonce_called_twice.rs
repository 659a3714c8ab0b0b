// A closure that gives away what it captured can run only once (FnOnce).
fn main() {
    let name = String::from("Ann");
    let take = move || name;
    let first = take();
    let second = take();
    println!("{} {}", first, second);
}
