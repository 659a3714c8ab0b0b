// `MaybeUninit<T>` has `T`'s size and alignment but no niche: `Option<MaybeUninit<bool>>` needs a tag byte, `Option<bool>` does not.
use std::mem::{size_of, align_of, MaybeUninit};

fn main() {
    println!("{} {}", size_of::<MaybeUninit<u64>>(), align_of::<MaybeUninit<u64>>());
    println!("{} {}", size_of::<Option<bool>>(), size_of::<Option<MaybeUninit<bool>>>());
    println!("{} {}", size_of::<Option<Box<i32>>>(), size_of::<Option<MaybeUninit<Box<i32>>>>());
    println!("{}", size_of::<[MaybeUninit<u16>; 5]>());
}
