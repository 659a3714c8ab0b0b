// move closures own copies of Copy captures: changes inside stay inside, outside stay out.
#[derive(Clone, Copy, Debug)]
struct P {
    x: i32,
}

fn main() {
    let mut n = 5;
    let mut g = move || {
        n += 1;
        n
    };
    println!("{} {}", g(), g());
    println!("{}", n);
    let mut count = 0;
    let mut inc = || {
        count += 1;
        count
    };
    inc();
    inc();
    println!("{count}");
    let p = P { x: 1 };
    let show = move || p.x * 2;
    let label = String::from("hi");
    let greet = move || format!("{label} {}", show());
    println!("{}", greet());
    let k = 3;
    let add = move |v: i32| v + k;
    let v: Vec<i32> = (1..4).map(add).collect();
    println!("{v:?} {:?}", p);
}
