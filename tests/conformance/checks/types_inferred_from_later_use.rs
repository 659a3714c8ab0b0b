// element and parse types given by later code compile: `Vec::new()` then `push`, `None` then assigned, a parsed value printed before the annotated use, a closure parameter typed by its call
fn takes(v: &Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let mut v = Vec::new();
    println!("{}", v.len());
    v.push(1u64);
    let w = Vec::new();
    println!("{}", takes(&w));
    let mut best = None;
    println!("{}", best.is_some());
    best = Some("x");
    println!("{:?}", best);
    let n = "42".parse().unwrap();
    println!("{}", n);
    let m: i64 = n;
    let double = |x| x * 2;
    println!("{} {}", m, double(21));
    let total: i32 = v.len() as i32 + 1;
    let small: u8 = 200 + 50;
    println!("{} {} {:?}", total, small, v);
}
