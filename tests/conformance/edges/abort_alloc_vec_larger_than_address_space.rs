// Vec::with_capacity of 2^47 bytes (the whole address space) is refused by the allocator: `memory allocation of N bytes failed`, abort (134), the unflushed `print!` text is lost.
fn main() {
    let small: Vec<u8> = Vec::with_capacity(16);
    println!("small capacity {}", small.capacity());
    print!("about to reserve a lot... ");
    let huge: Vec<u8> = Vec::with_capacity(1 << 47);
    println!("huge capacity {}", huge.capacity());
}
