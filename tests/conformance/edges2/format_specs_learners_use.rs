// Width, fill, alignment, sign, precision, `#?` and `{:08.2}`.
#[derive(Debug)]
struct P {
    x: i32,
    tags: Vec<&'static str>,
}

fn main() {
    let p = P { x: -3, tags: vec!["a", "b"] };
    println!("[{:>6}] [{:<6}] [{:^6}] [{:*^7}]", "ab", "ab", "ab", "ab");
    println!("[{:+}] [{:05}] [{:08.2}] [{:x}] [{:#b}] [{:#X}]", 5, -42, 3.14159, 255, 5, 255);
    println!("{:?}", p);
    println!("{:#?}", p);
    let w = 7;
    let prec = 2;
    println!("[{:>w$.prec$}] [{:>1$}] [{:.*}]", 2.0f64 / 3.0, 8, 3, 1.23456);
}
