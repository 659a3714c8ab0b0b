// A deferred `let v;` set inside a `loop` whose `break` yields a value computed from it.
fn main() {
    let v: Vec<i32>;
    let total = loop {
        v = vec![1, 2];
        break v.iter().sum::<i32>();
    };
    println!("{total} {:?}", v);
}
