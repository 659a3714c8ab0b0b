// E0133: calling an `unsafe fn` outside an `unsafe` block
unsafe fn dangerous() -> i32 {
    3
}

fn main() {
    let n = dangerous();
    println!("{n}");
}
