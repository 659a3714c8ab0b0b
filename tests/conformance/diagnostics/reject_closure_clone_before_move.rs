fn main() {
    let s = String::from("hello");
    let n = move || s.len() + s.capacity();
    println!("{} {}", n(), s);
    let v = vec![1, 2, 3];
    let total = move || {
        let t: i32 = v.iter().sum();
        t
    };
    println!("{} {:?}", total(), v);
    let w = String::from("w");
    let eat = || drop(w);
    eat();
    println!("{w}");
}
