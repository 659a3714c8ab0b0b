// Checks named arguments, mixing positional and implicit arguments, width from an argument, and reusing arguments.
fn main() {
    let city = "Lisbon";
    let temp = 23.5;
    println!("{city}: {temp}C");
    println!("{name} is {age} years old", name = "Ada", age = 36);
    println!("{0} {1} {0} {}", "a", "b");
    println!("{} {} {0}", "x", "y");
    println!("{:>width$}|", "right", width = 8);
    println!("{:>1$}|", "dyn", 6);
    let w = 7;
    println!("{:^w$}|{city:<w$}|", "mid");
    println!("{0:?} {0}", "quoted");
    println!("{v:04} {v:x} {v:#b}", v = 10);
    let s = format!("{}-{}", 1, 2);
    println!("{s:>6}");
}
