// Checks swapping through two &mut parameters by hand and with std::mem::swap and std::mem::replace.
fn swap_ints(a: &mut i32, b: &mut i32) {
    let tmp = *a;
    *a = *b;
    *b = tmp;
}

fn main() {
    let mut x = 1;
    let mut y = 2;
    swap_ints(&mut x, &mut y);
    println!("x={x} y={y}");
    let mut s1 = String::from("left");
    let mut s2 = String::from("right");
    std::mem::swap(&mut s1, &mut s2);
    println!("{s1} {s2}");
    let old = std::mem::replace(&mut s1, String::from("new"));
    println!("{old} {s1}");
    let mut v = vec![3, 1, 2];
    v.swap(0, 2);
    println!("{:?}", v);
}
