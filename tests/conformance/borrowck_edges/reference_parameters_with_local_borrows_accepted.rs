// near miss: functions with reference parameters borrow their own locals freely when nothing escapes
fn append_greeting(s: &mut String) {
    let t = String::from(", world");
    s.push_str(&t);
    let u = &t;
    s.push_str(u);
}

fn first_word(s: &String) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn largest(list: &[i32]) -> &i32 {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn collect_long<'a>(words: &[&'a str], out: &mut Vec<&'a str>) -> usize {
    let limit = 3;
    for w in words {
        let n = w.len();
        if n > limit {
            out.push(w);
        }
    }
    out.len()
}

fn copy_into(dst: &mut Vec<String>, src: &[String]) {
    for s in src {
        let local = s.clone();
        dst.push(local);
    }
}

fn pick<'a>(mut r: &'a i32, other: &'a i32) -> &'a i32 {
    if *r < *other {
        r = other;
    }
    let local = *r + 1;
    println!("local {}", local);
    r
}

fn main() {
    let mut s = String::from("hello there");
    append_greeting(&mut s);
    println!("{}", s);
    println!("{}", first_word(&s));
    println!("{}", largest(&[3, 9, 2]));
    let words = ["apple", "fig", "banana"];
    let mut out = Vec::new();
    let n = collect_long(&words, &mut out);
    println!("{} {:?}", n, out);
    let mut dst = Vec::new();
    copy_into(&mut dst, &[String::from("a"), String::from("b")]);
    println!("{:?}", dst);
    let a = 3;
    let b = 5;
    println!("{}", pick(&a, &b));
}
