fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} and {r2}");
    let r3 = &mut s;
    r3.push('!');
    println!("{r3}");
    let x;
    if s.len() > 3 { x = 1; }
    println!("{x}");
}
