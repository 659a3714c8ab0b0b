// Closures: returning from nested closures, `FnMut` accumulators, `sort_by_key`.
fn main() {
    let mut log = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("a");
    record("b");
    let factor = 3;
    let scale = |x: i32| {
        let add = |y: i32| y + factor;
        add(x) * factor
    };
    let mut people = vec![("bo", 30), ("al", 25), ("cy", 35)];
    people.sort_by_key(|p| p.1);
    println!("{:?} {} {:?}", log, scale(2), people);
}
