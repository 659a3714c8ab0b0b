// Checks std::mem::size_of_val on &str, String, slices, Vec, arrays and Box: it measures the value, not the heap.
use std::mem;

fn main() {
    let literal = "hello";
    let owned = String::from("hello, world");
    let v = vec![1u16, 2, 3];
    let arr = [0u32; 10];
    let boxed = Box::new([7u8; 100]);
    println!("{}", mem::size_of_val(literal));
    println!("{}", mem::size_of_val(&literal));
    println!("{}", mem::size_of_val(&owned));
    println!("{}", mem::size_of_val(owned.as_str()));
    println!("{}", mem::size_of_val(&v));
    println!("{}", mem::size_of_val(&v[..]));
    println!("{}", mem::size_of_val(&arr));
    println!("{}", mem::size_of_val(&arr[2..5]));
    println!("{} {}", mem::size_of_val(&boxed), mem::size_of_val(&*boxed));
    println!("{}", mem::size_of_val("héllo"));
    println!("{} {}", mem::align_of::<u16>(), mem::align_of_val(&arr));
}
