// Closures: a struct of what they capture
// Watch: `show` is 8 bytes, one `&` to `list`; `bump` holds a `&mut count`, so `count` cannot be read until `bump`'s last call; `owns` is a `move` closure: the String is inside it (24 bytes) and `name` reads "moved". When `apply` calls a closure, the closure gets a frame of its own, `main::{{closure}}`, and reaches `k` through its capture. `make_adder` returns a closure that carries its own copy of `n`.

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let list = vec![1, 2, 3];
    let show = || println!("list is {:?}", list);
    show();

    let mut count = 0;
    let mut bump = || count += 1;
    bump();
    bump();
    println!("count = {}", count);

    let name = String::from("ferris");
    let owns = move || name.len();
    println!("{} bytes", owns());

    let k = 3;
    println!("{}", apply(|x| x * k, 5));
    call_twice(|| count += 10);
    println!("count = {}", count);

    let add5 = make_adder(5);
    println!("{}", add5(2));
}
