// Checks String building with +, +=, push, push_str, format! with width/fill/alignment and named arguments.
fn banner(title: &str, width: usize) -> String {
    let mut s = String::new();
    s += &"=".repeat(width);
    s.push('\n');
    s.push_str(&format!("{:^w$}", title, w = width));
    s.push('\n');
    s = s + &"=".repeat(width);
    s
}

fn main() {
    let first = String::from("Hello");
    let second = String::from("World");
    let joined = first + ", " + &second + "!";
    println!("{}", joined);
    println!("{}", second);
    println!("{}", banner("Report", 20));
    let name = "total";
    let value = 42;
    println!("[{name:>10}] [{value:<6}] [{value:^6}] [{value:*^8}]");
    println!("[{:08.3}] [{:+}] [{:#x}] [{:#b}] [{:o}] [{:X}]", 3.14159, 5, 255, 5, 64, 3054);
    println!("[{:>width$}] [{:.prec$}]", "ab", 1.23456, width = 6, prec = 2);
    println!("[{0}-{1}-{0}] [{:5}|{:<5}|]", "a", "b");
    let mut csv = String::new();
    for (i, n) in [3, 1, 4, 1, 5].iter().enumerate() {
        if i > 0 {
            csv.push(',');
        }
        csv += &n.to_string();
    }
    println!("{} (len {})", csv, csv.len());
    let s = format!("{}{}", "x".repeat(3), 'y');
    println!("{s} {}", s.len());
    println!("{:?}", format!("{:>5}", true));
    println!("{:-<12}|", "left");
    println!("{:#06x} {:#010b}", 255, 5);
}
