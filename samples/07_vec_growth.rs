// Vec growth and reallocation: a Vec doubles its heap buffer when it runs out of room
// Watch: `Vec::new()` allocates nothing; the first `push` allocates room for 4 i32s (16 bytes); the 5th push moves everything to an 8-slot buffer and frees the old one; the 9th to a 16-slot buffer.

fn main() {
    // An empty Vec owns no heap memory yet: capacity 0.
    let mut v: Vec<i32> = Vec::new();
    println!("len {} capacity {}", v.len(), v.capacity());

    // Each push writes one i32 (4 bytes) into the buffer. When the buffer is
    // full, the Vec allocates one twice as big, copies the elements over and
    // frees the old buffer: a reallocation. Watch capacity go 4, 8, 16.
    for i in 1..=9 {
        v.push(i * 10);
    }
    println!("len {} capacity {}", v.len(), v.capacity());

    // Removing elements does not give memory back: capacity stays 16.
    v.pop();
    v.pop();
    println!("{:?} len {} capacity {}", v, v.len(), v.capacity());
} // the 64-byte buffer is freed when `v` goes out of scope
