// Near misses of the rejections beside it: each borrow ends at the iterator's last use.
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter().map(|x| x * 2);
    let w: Vec<i32> = it.collect();
    v.push(4);
    println!("{:?} {:?}", v, w);
    let mut p = "xyz".chars().peekable();
    let ahead = p.peek().copied();
    p.next();
    println!("{:?} {:?}", ahead, p.next());
    let mut q = v.iter().peekable();
    if let Some(&&first) = q.peek() {
        q.next();
        println!("{} {:?}", first, q.next());
    }
    let names = vec![String::from("a"), String::from("b")];
    let shouted: Vec<String> = names.clone().into_iter().map(|s| s + "!").collect();
    println!("{:?} {:?}", names, shouted);
    let doubled = || v.iter().map(|x| x * 2);
    let a: Vec<i32> = doubled().collect();
    let b: i32 = doubled().sum();
    println!("{:?} {}", a, b);
}
