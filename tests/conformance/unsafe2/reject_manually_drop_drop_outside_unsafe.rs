// E0133: `ManuallyDrop::drop` is an `unsafe fn` (dropping twice, or using the value after, is undefined behaviour).
use std::mem::ManuallyDrop;

fn main() {
    let mut name = ManuallyDrop::new(String::from("once"));
    ManuallyDrop::drop(&mut name);
    println!("dropped");
}
