// vec![0u64; 1 << 59] asks for 2^62 bytes, below isize::MAX (no capacity overflow) but beyond any machine: abort (134), no destructors run.
struct Note(&'static str);

impl Drop for Note {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _n = Note("kept");
    let count: usize = 1 << 59;
    println!("asking for {} elements", count);
    let table = vec![0u64; count];
    println!("got {}", table.len());
}
