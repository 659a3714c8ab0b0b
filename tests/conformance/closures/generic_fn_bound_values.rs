// A closure value given to generic functions: a Copy closure (captures only shared
// references) can be given twice; a function item fits an `Fn` bound too.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn double(x: i32) -> i32 {
    x * 2
}

fn run<F: FnOnce()>(f: F) {
    println!("run starts");
    f();
    println!("run ends");
}

fn main() {
    let offset = 10;
    let add = |x: i32| x + offset;
    println!("{} {}", apply(add, 1), apply(add, 2));
    println!("{}", twice(add, 0));
    println!("{}", apply(double, 21));
    println!("{}", twice(double, 5));
    let v = vec![1, 2, 3];
    run(move || println!("owned {:?}", v));
    println!("offset still {}", offset);
}
