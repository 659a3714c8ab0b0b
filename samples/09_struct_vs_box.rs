// Structs vs Box<struct>: a struct's fields sit side by side on the stack; boxed, they move to the heap
// Watch: `p` is a 12-byte Point in main's frame (rustc orders the fields as it likes: `Pixel` is 8 bytes, not 12); `boxed` is only an 8-byte pointer, and the Point's 12 bytes are in a heap block.

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
    z: i32,
}

// Fields u8, i32, u8 would need 12 bytes in declaration order (padding after each u8).
// rustc is free to reorder them (i32 first, then the two u8s): 4 + 1 + 1, rounded up to 8.
#[allow(dead_code)]
struct Pixel {
    red: u8,
    brightness: i32,
    blue: u8,
}

fn main() {
    // Three i32 fields: 12 bytes, all in main's stack frame.
    let p = Point { x: 1, y: 2, z: 3 };

    // Box::new puts a Point on the heap; on the stack only its address (8 bytes).
    let boxed = Box::new(Point { x: 4, y: 5, z: 6 });

    // Field access looks the same: `boxed.x` follows the pointer for you.
    println!("p.x = {}, boxed.y = {}, boxed.z = {}", p.x, boxed.y, boxed.z);
    println!("{:?} and {:?}", p, boxed);

    println!("Point {} bytes, Box<Point> {} bytes, Pixel {} bytes",
             std::mem::size_of::<Point>(), std::mem::size_of::<Box<Point>>(),
             std::mem::size_of::<Pixel>());
} // dropping `boxed` frees its 12-byte heap block; `p` just leaves the stack
