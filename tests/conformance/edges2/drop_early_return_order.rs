// An early `return` drops the locals made so far, newest first; `?` does the same.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn check(n: i32) -> Option<i32> {
    let _a = D("a");
    if n < 0 {
        return None;
    }
    let _b = D("b");
    let v: Option<i32> = if n == 0 { None } else { Some(n) };
    let got = v?;
    let _c = D("c");
    Some(got * 2)
}

fn main() {
    println!("{:?}", check(-1));
    println!("{:?}", check(0));
    println!("{:?}", check(4));
}
