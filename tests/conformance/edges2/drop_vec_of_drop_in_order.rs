// A Vec drops its elements first to last; `pop` hands one out first.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = Vec::new();
    for i in 0..4 {
        v.push(D(i));
    }
    let last = v.pop();
    println!("popped {}", last.as_ref().map(|d| d.0).unwrap_or(-1));
    let removed = v.remove(1);
    println!("removed {}", removed.0);
}
