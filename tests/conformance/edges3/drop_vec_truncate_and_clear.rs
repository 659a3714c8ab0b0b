// `truncate` and `clear` drop the removed elements at once; `pop` hands one back.
struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![D(1), D(2), D(3), D(4)];
    v.truncate(2);
    println!("truncated");
    let last = v.pop();
    println!("popped {}", last.as_ref().map(|d| d.0).unwrap_or(0));
    v.clear();
    println!("cleared");
}
