// &str vs String: a string literal lives in the program's static region; a String owns a heap copy
// Watch: `greeting` is a 16-byte `&str` (address + length) pointing into the static region, not the heap; `.to_string()` copies the bytes into a heap buffer; `&owned[0..5]` borrows part of that heap buffer.

fn main() {
    // A string literal is baked into the program file and loaded into a
    // read-only "static" region. `greeting` only borrows it: 16 bytes on the
    // stack holding the literal's address and its length. No heap at all.
    let greeting: &str = "hello world";

    // to_string copies the 11 bytes into a new heap buffer owned by `owned`.
    // A String is 24 bytes on the stack: pointer, capacity and length.
    let owned: String = greeting.to_string();

    // A slice of a String is a &str too: it points into the String's heap buffer.
    let first_word: &str = &owned[0..5];

    println!("{} | {} | {}", greeting, owned, first_word);
    println!("&str: {} bytes, String: {} bytes",
             std::mem::size_of::<&str>(), std::mem::size_of::<String>());
} // only `owned` frees something: the literal stays for the whole program
