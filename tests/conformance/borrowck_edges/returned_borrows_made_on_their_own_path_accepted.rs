// near miss: a borrow made only on the path that returns it, or only read elsewhere, leaves the other paths free
fn get_or_push(v: &mut Vec<i32>, i: usize) -> &mut i32 {
    if i < v.len() {
        return &mut v[i];
    }
    v.push(0);
    v.last_mut().unwrap()
}

fn first_or_last(v: &Vec<i32>) -> &i32 {
    if let Some(x) = v.first() {
        return x;
    }
    let n = v.len();
    &v[n - 1]
}

fn first_word(s: &String) -> &str {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn push_then_first(v: &mut Vec<i32>) -> &i32 {
    let n = v.len();
    v.push(n as i32);
    &v[0]
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let mut v = vec![5];
    *get_or_push(&mut v, 0) += 1;
    *get_or_push(&mut v, 9) += 2;
    println!("{:?} {}", v, first_or_last(&v));
    let s = String::from("hello world");
    println!("{} {}", first_word(&s), push_then_first(&mut v));
    println!("{}", longest("ab", "abc"));
}
