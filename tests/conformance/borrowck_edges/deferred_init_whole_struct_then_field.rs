// rustc accepts: a struct declared without a value, assigned whole, then a field updated.
struct P {
    x: i32,
    y: i32,
}

fn main() {
    let mut p: P;
    let flag = true;
    if flag {
        p = P { x: 1, y: 2 };
    } else {
        p = P { x: 0, y: 0 };
    }
    p.x = 10;
    let mut a: [i32; 3];
    a = [0; 3];
    a[1] = 5;
    println!("{} {} {:?}", p.x, p.y, a);
}
