// Box on the heap: `Box::new(42)` puts 4 bytes on the heap, owned by an 8-byte pointer on the stack
// Watch: the slot `my_number` holds the heap block's address; `*my_number` follows it; at main's `}` Rust drops the Box and frees the heap block by itself, with no explicit deallocation.
fn main() {
    let my_number = Box::new(42); // Allocate memory on the heap

    println!("My number is: {}", *my_number); // Access the value using dereference operator *

    // Memory is automatically deallocated when `my_number` goes out of scope
}
