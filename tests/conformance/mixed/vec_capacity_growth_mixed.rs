// Checks Vec and String capacity growth through push, with_capacity, extend_from_slice, shrink_to_fit and clear.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    let mut caps = Vec::new();
    for i in 0..10 {
        v.push(i);
        caps.push(v.capacity());
    }
    println!("{:?}", caps);
    let mut w = Vec::with_capacity(3);
    w.extend_from_slice(&[1u8, 2, 3, 4]);
    println!("{} {}", w.len(), w.capacity());
    w.clear();
    println!("{} {}", w.len(), w.capacity());
    w.shrink_to_fit();
    println!("{}", w.capacity());
    let mut s = String::new();
    let mut scaps = vec![];
    for word in ["a", "bc", "defgh", "ijklmnopq"] {
        s.push_str(word);
        scaps.push((s.len(), s.capacity()));
    }
    println!("{:?}", scaps);
    let big = vec![0u16; 5];
    let mut big2 = big.clone();
    big2.push(1);
    println!("{} {} {}", big.capacity(), big2.len(), big2.capacity());
    let mut strs: Vec<String> = Vec::new();
    strs.push("x".to_string());
    println!("{}", strs.capacity());
}
