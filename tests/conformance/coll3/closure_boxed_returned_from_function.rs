// Boxed closures returned from functions (Box<dyn Fn> and Box<dyn FnMut>), each owning its own copy of what it captured, stored in a Vec and called.
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn make_counter(start: u32) -> Box<dyn FnMut() -> u32> {
    let mut count = start;
    Box::new(move || {
        count += 1;
        count
    })
}

fn main() {
    let add3 = make_adder(3);
    let add10 = make_adder(10);
    let mut next = make_counter(5);
    println!("{} {} {} {}", add3(4), add10(4), next(), next());
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![make_adder(1), make_adder(-1), add3];
    let results: Vec<i32> = ops.iter().map(|op| op(100)).collect();
    println!("{results:?}");
    println!("{} {}", std::mem::size_of_val(&add10), std::mem::size_of::<Box<dyn Fn()>>());
}
