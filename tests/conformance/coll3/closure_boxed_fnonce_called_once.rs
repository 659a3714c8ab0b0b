// Box<dyn FnOnce> closures: each call consumes the box; what a closure owns drops inside its call or, never called, when the box drops.
struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let farewell = String::from("bye");
    let say: Box<dyn FnOnce()> = Box::new(move || println!("{farewell}"));
    println!("before");
    say();
    let name = String::from("ann");
    let greet: Box<dyn FnOnce() -> String> = Box::new(move || name + "!");
    println!("{}", greet());
    let tasks: Vec<Box<dyn FnOnce() -> i32>> = vec![Box::new(|| 1), Box::new(|| 20)];
    let mut total = 0;
    for task in tasks {
        total += task();
    }
    println!("{total}");
    let a = Noisy(1);
    let b = Noisy(2);
    let take: Box<dyn FnOnce() -> u8> = Box::new(move || {
        let x = a.0;
        drop(a);
        x
    });
    let _never: Box<dyn FnOnce()> = Box::new(move || println!("has {}", b.0));
    println!("calling take");
    println!("{}", take());
    println!("end of main");
}
