// Checks shadowing with type changes, block expressions, if-let-else chains and unit values printed with {:?}.
fn main() {
    let input = "42";
    let input: i32 = input.parse().unwrap();
    let input = input as f64 / 8.0;
    println!("{}", input);
    let label = {
        let raw = input.round() as i64;
        if raw > 5 { "big" } else { "small" }
    };
    println!("{}", label);
    let unit = ();
    println!("{:?}", unit);
    let maybe: Option<&str> = None;
    let shown = if let Some(s) = maybe { s.len() } else if input > 1.0 { 1 } else { 0 };
    println!("{}", shown);
    let x = 1;
    let y = {
        let x = x + 10;
        x * 2
    };
    println!("{} {}", x, y);
    let v = vec![1, 2, 3];
    let v: Vec<String> = v.iter().map(|n| n.to_string()).collect();
    let v = v.join("+");
    println!("{}", v);
    let r = if v.len() > 3 { Ok(v.len()) } else { Err("short") };
    println!("{:?}", r);
    let t = (1, ("two", 3.0), [4, 5]);
    let (a, (b, c), [d, e]) = t;
    println!("{} {} {} {} {}", a, b, c, d, e);
    println!("{:?}", t.1);
}
