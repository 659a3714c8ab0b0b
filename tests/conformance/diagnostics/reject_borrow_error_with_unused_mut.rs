// E0502 beside `unused_mut` warnings: rustc lints each function's needless `mut` before that function's errors; a `mut` that a push, an assignment, a closure or a field write needs is not linted.
struct Counter { hits: u32 }

fn total(mut values: Vec<i32>, mut extra: i32) -> i32 {
    extra += 1;
    values.iter().sum::<i32>() + extra
}

fn main() {
    let mut unchanged = 10;
    let mut list = vec![1, 2];
    let first = &list[0];
    list.push(3);
    println!("{first} {unchanged}");
    let mut count = 0;
    let mut bump = || count += 1;
    bump();
    let mut c = Counter { hits: 0 };
    c.hits += 1;
    let mut boxed = Box::new(5);
    *boxed += 1;
    let mut _quiet = 3;
    println!("{} {} {} {}", count, c.hits, boxed, _quiet);
    println!("{}", total(list, 1));
}
