// Checks Vec len and capacity after each push for i32 and u8 elements (amortised doubling from a minimum).
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("len {} cap {}", v.len(), v.capacity());
    for i in 0..9 {
        v.push(i);
        println!("push {i}: len {} cap {}", v.len(), v.capacity());
    }
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("u8 vec: len {} cap {}", bytes.len(), bytes.capacity());
    let mut big: Vec<[u8; 2000]> = Vec::new();
    big.push([0; 2000]);
    println!("big elements: len {} cap {}", big.len(), big.capacity());
}
