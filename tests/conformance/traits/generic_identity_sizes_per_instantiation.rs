// A generic function with no bounds runs one copy per type: `size_of::<T>()` follows each instantiation.
fn size_of_val_generic<T>(_x: &T) -> usize {
    std::mem::size_of::<T>()
}

fn pick<T>(a: T, b: T, first: bool) -> T {
    if first { a } else { b }
}

fn wrap<T>(x: T) -> (T, usize) {
    let n = std::mem::size_of::<T>();
    (x, n)
}

fn main() {
    println!("{} {} {}", size_of_val_generic(&1u8), size_of_val_generic(&(1u64, 2u8)),
             size_of_val_generic(&[0u16; 5]));
    println!("{}", pick(1, 2, false));
    println!("{}", pick("left", "right", true));
    let s = pick(String::from("x"), String::from("yy"), false);
    println!("{} {}", s, s.len());
    let (v, n) = wrap(vec![1, 2, 3]);
    println!("{:?} {}", v, n);
    println!("{:?}", wrap(pick(2.5, 1.0, true)));
}
