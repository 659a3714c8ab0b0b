// E0133 for the call in `main`, beside the 2024 `unsafe_op_in_unsafe_fn` warning for the bare deref in the `unsafe fn`
unsafe fn first(p: *const i32) -> i32 {
    *p
}

fn main() {
    let x = 9;
    let n = first(&x);
    println!("{n}");
}
