// String::with_capacity(1 << 50) fails in the allocator rather than panicking: abort (134) with rustc's one-line message.
fn make_buffer(bytes: usize) -> String {
    String::with_capacity(bytes)
}

fn main() {
    let name = make_buffer(32);
    println!("first buffer holds {} bytes", name.capacity());
    let log = make_buffer(1 << 50);
    println!("second buffer holds {} bytes", log.capacity());
}
