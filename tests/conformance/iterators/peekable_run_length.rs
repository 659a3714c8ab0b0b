// Peekable: `peek` looks at the next item without taking it (the closure runs once).
fn main() {
    let text = "aaabccdd";
    let mut chars = text.chars().peekable();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        out.push_str(&format!("{}{}", n, c));
    }
    println!("{}", out);
    let v = vec![1, 2, 3];
    let mut it = v.iter().map(|x| { println!("map {}", x); x * 10 }).peekable();
    println!("peek {:?}", it.peek());
    println!("peek again {:?}", it.peek());
    println!("next {:?}", it.next());
    println!("next {:?}", it.next());
    if let Some(p) = it.peek() {
        println!("ahead {}", p);
    }
    println!("{:?} {:?}", it.next(), it.peek());
    let tokens = vec!["1", "+", "2"];
    let mut t = tokens.iter().peekable();
    while let Some(tok) = t.next() {
        match t.peek() {
            Some(next) => println!("{} then {}", tok, next),
            None => println!("{} last", tok),
        }
    }
}
