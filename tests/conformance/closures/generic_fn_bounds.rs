// Closures passed to generic functions bounded by Fn, FnMut and FnOnce (Book ch. 13.1).
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn call_twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    let text = f();
    text + "!"
}

fn keep_if(words: &Vec<&str>, test: impl Fn(&str) -> bool) -> usize {
    let mut kept = 0;
    for w in words {
        if test(w) {
            kept += 1;
        }
    }
    kept
}

fn main() {
    let k = 3;
    println!("{}", apply(|x| x * k, 5));
    println!("{}", apply(|x| x + 1, apply(|x| x - 10, 4)));
    let mut count = 0;
    call_twice(|| count += 1);
    println!("count = {}", count);
    let name = String::from("ferris");
    let greeting = consume(move || format!("hello {}", name));
    println!("{}", greeting);
    let words = vec!["apple", "kiwi", "banana"];
    let min = 5;
    println!("{}", keep_if(&words, |w| w.len() >= min));
    println!("{}", keep_if(&words, |w| w.starts_with('k')));
}
