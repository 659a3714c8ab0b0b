// Near misses: each closure's borrow ends at its last call, so the code after it may
// use the captured variables again.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    let mut dec = || count -= 1;
    dec();
    println!("{}", count);
    let mut v = vec![1, 2];
    let mut push = |x| v.push(x);
    push(3);
    push(4);
    println!("{:?}", v);
    let list = vec![1, 2, 3];
    let show = || println!("{:?}", list);
    show();
    println!("{:?} still here", list);
    show();
    let name = String::from("Ann");
    let take = move || name;
    let taken = take();
    println!("{}", taken);
    let greeting = String::from("hi");
    let greet = || println!("{}", greeting);
    greet();
    greet();
    let owned = greeting;
    println!("{}", owned);
}
