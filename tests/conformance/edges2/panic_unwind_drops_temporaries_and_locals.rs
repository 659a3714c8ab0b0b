// A panic mid-statement drops that statement's temporaries, then the locals, newest first.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn boom(_d: &D, v: &[i32]) -> i32 {
    v[5]
}

fn main() {
    let _a = D("local a");
    let v = vec![1, 2, 3];
    let _b = D("local b");
    let n = boom(&D("temp"), &v);
    println!("{}", n);
}
