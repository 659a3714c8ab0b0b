// Near miss: a moved variable assigned a new value may be used again.
fn main() {
    let mut x = Box::new(0);
    let u = x;
    x = Box::new(1);
    println!("{} {}", u, x);
    let mut s = String::from("a");
    for i in 0..3 {
        let t = s;
        s = format!("{}{}", t, i);
    }
    println!("{}", s);
}
