// Checks that dbg! prints file:line:col, the expression text and its Debug value to stderr, and returns the value.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let scale = 2;
    let rect1 = Rectangle {
        width: dbg!(30 * scale),
        height: 50,
    };
    dbg!(&rect1);
    let total = dbg!(rect1.width + rect1.height) + 1;
    println!("total {total}");
    let (a, b) = dbg!(1, "two");
    println!("{a} {b}");
}
