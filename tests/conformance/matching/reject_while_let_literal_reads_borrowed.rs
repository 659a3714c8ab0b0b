fn main() {
    let mut n = 3;
    let r = &mut n;
    while let 0 = n {
        println!("zero");
    }
    *r -= 1;
}
