// An `unsafe fn` called inside an `unsafe` block; its own body needs `unsafe` blocks for its unsafe operations (edition 2024)
unsafe fn dangerous() -> i32 {
    42
}

unsafe fn read_twice(p: *const i32) -> i32 {
    let first = unsafe { *p };
    let second = unsafe { *p };
    first + second
}

fn main() {
    let answer = unsafe { dangerous() };
    let x = 21;
    let doubled = unsafe { read_twice(&raw const x) };
    println!("{answer} {doubled}");
}
