// Closures as trait objects: `Box<dyn Fn(i32) -> i32>` (16 bytes: data pointer and
// vtable), `Box<dyn FnMut()>`, a `Vec<Box<dyn Fn>>` of different closures called in
// turn, and `&dyn Fn`; the box owns its closure's captures and frees them when dropped.
use std::mem::size_of_val;

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

fn main() {
    let add_one: Box<dyn Fn(i32) -> i32> = Box::new(|x| x + 1);
    println!("{}", add_one(2));
    let k = 10;
    let times_k: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x * k);
    println!("{}", times_k(3));
    let name = String::from("ferris");
    let hello: Box<dyn Fn()> = Box::new(move || println!("hello {}", name));
    hello();
    let mut count = 0;
    let mut bump: Box<dyn FnMut()> = Box::new(|| count += 1);
    bump();
    bump();
    drop(bump);
    println!("count {}", count);
    let mut pipeline: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    pipeline.push(Box::new(|x| x + 1));
    pipeline.push(Box::new(move |x| x * k));
    pipeline.push(Box::new(|x| x - 3));
    let mut value = 4;
    for step in &pipeline {
        value = step(value);
        println!("-> {}", value);
    }
    let minus: &dyn Fn(i32) -> i32 = &|x| x - 1;
    println!("{}", minus(5));
    println!("{} {} {}", size_of_val(&add_one), size_of_val(&minus), size_of_val(&pipeline));
    let n = Noisy(7);
    let show: Box<dyn Fn()> = Box::new(move || {
        let held = &n;
        println!("holding Noisy({})", held.0);
    });
    show();
    drop(show);
    println!("end");
}
