// Locals of a loop body drop at the end of each iteration, also on `continue`/`break`.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    for i in 0..4 {
        let _d = D(i);
        if i == 1 {
            continue;
        }
        if i == 3 {
            break;
        }
        println!("body {}", i);
    }
    let mut k = 0;
    while k < 2 {
        let _w = D(100 + k);
        k += 1;
    }
    println!("done");
}
