// Closures returned as `impl Fn` / `impl FnMut` (Book ch. 13 and Rust by Example): a
// `move` closure takes its Copy captures with it, each call runs it in its own frame.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(factor: u64) -> impl Fn(u64) -> u64 {
    move |x| x * factor
}

fn make_counter(start: u32) -> impl FnMut() -> u32 {
    let mut count = start;
    move || {
        count += 1;
        count
    }
}

fn greeter() -> impl Fn(&str) {
    |name| println!("hello, {}", name)
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(2), add10(2));
    println!("{}", apply(make_adder(1), 41));
    let triple = make_multiplier(3);
    println!("{}", triple(14));
    let mut next = make_counter(10);
    let a = next();
    let b = next();
    println!("{} {}", a, b);
    let hello = greeter();
    hello("ferris");
    hello("crab");
    println!("{}", std::mem::size_of_val(&add5) + std::mem::size_of_val(&triple));
}
