fn main() {
    let s = String::from("hi");
    let o = Some(3);
    let r = o.map(|x| { drop(s); x + 1 });
    println!("{:?}", r);
    let t = String::from("a");
    let n: Option<i32> = None;
    println!("{}", n.unwrap_or_else(|| { let u = t; u.len() as i32 }));
    let w = String::from("w");
    let v: Vec<String> = (0..1).map(move |_| w.clone()).collect();
    println!("{:?}", v);
    let k = String::from("k");
    let mut c = vec![String::new()];
    c.iter_mut().for_each(|x| x.push_str(&k));
    println!("{:?} {}", c, k);
}
