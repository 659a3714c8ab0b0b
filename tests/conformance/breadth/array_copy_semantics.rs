// Checks that arrays of Copy values are copied on assignment and when passed by value, so the original is unchanged.
fn zero_first(mut arr: [i32; 3]) -> [i32; 3] {
    arr[0] = 0;
    arr
}

fn main() {
    let a = [1, 2, 3];
    let mut b = a;
    b[1] = 20;
    println!("a={:?} b={:?}", a, b);
    let c = zero_first(a);
    println!("a={:?} c={:?}", a, c);
    let t = (a, 5);
    let mut u = t;
    u.0[2] = 30;
    println!("{:?} {:?}", t, u);
    println!("{}", a == [1, 2, 3]);
}
