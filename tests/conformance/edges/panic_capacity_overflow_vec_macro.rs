// vec![x; n] whose byte size exceeds isize::MAX is std's `capacity overflow` panic (101), not an allocation failure; earlier values are dropped.
struct Note(&'static str);

impl Drop for Note {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _n = Note("unwound");
    let count: usize = 1 << 61;
    let table = vec![7u64; count];
    println!("got {}", table.len());
}
