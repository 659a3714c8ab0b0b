// String on the stack and the heap: a 24-byte header on the stack, the text in a heap buffer
// Watch: `String::from("hello")` allocates a 5-byte heap buffer; `s` on the stack is 24 bytes (pointer, capacity, length). `push_str` outgrows the buffer: a bigger one is allocated, the bytes copied and the old block freed.

fn main() {
    // The literal "hello" is stored in the program itself (the static region).
    // String::from copies its 5 bytes into a new heap buffer owned by `s`.
    let mut s = String::from("hello");
    println!("{} (len {}, capacity {})", s, s.len(), s.capacity());

    // Adding text: 5 + 7 bytes do not fit in a 5-byte buffer, so the String
    // asks for a bigger buffer, copies "hello" over, and frees the old one.
    s.push_str(", world");
    println!("{} (len {}, capacity {})", s, s.len(), s.capacity());

    // Whatever the text's length, the part on the stack stays 24 bytes.
    println!("on the stack: {} bytes", std::mem::size_of::<String>());
} // `s` goes out of scope: its heap buffer is freed automatically
