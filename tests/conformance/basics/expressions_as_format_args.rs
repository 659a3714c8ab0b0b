// Checks that arbitrary expressions, including derefs and blocks, can be println! arguments.
fn main() {
    let b = Box::new(6);
    let n: u32 = 7;
    println!("{} {} {}", *b * 7, n * n - 1, (n + 1) / 2);
    println!("{}", { let t = n * 2; t + 1 });
    println!("{0}-{0}-{1}", *b + 1, n % 4);
    let result = {
        let x = 3;
        let y = 4;
        x * x + y * y
    };
    println!("result {result}");
}
