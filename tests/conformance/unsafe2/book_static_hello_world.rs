// The Book's 20.1 immutable static: a `&'static str` in a `static`, read from main and a helper.
static HELLO_WORLD: &str = "Hello, world!";
static MAX_POINTS: u32 = 100_000;

fn describe() -> String {
    format!("{} points at most", MAX_POINTS)
}

fn main() {
    println!("name is: {HELLO_WORLD}");
    println!("{}", describe());
    let half = MAX_POINTS / 2;
    println!("half: {half}");
}
