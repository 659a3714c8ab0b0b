// Assignment drops the old value; `clear`, `truncate` and `= None` drop what they remove.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d = D(1);
    d = D(2);
    println!("reassigned {}", d.0);
    let mut v = vec![D(10), D(11), D(12)];
    v.truncate(1);
    println!("truncated");
    v.clear();
    println!("cleared");
    let mut o = Some(D(20));
    o = None;
    println!("none {}", o.is_none());
    let mut w = vec![D(30), D(31)];
    w[0] = D(32);
    println!("replaced");
}
