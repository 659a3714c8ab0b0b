// Looks wrong but rustc accepts: a closure mutably capturing a Vec is last called before the Vec is read again.
fn main() {
    let mut v = vec![1];
    let mut add = |x: i32| v.push(x);
    add(2);
    add(3);
    println!("{:?}", v);
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("{}", count);
    let s = String::from("owned");
    let show = || println!("{}", s);
    show();
    println!("{}", s.len());
    show();
}
