// a Vec of a zero-sized type never allocates: its capacity is usize::MAX however it was made
struct Unit;

fn main() {
    let mut e: Vec<()> = Vec::new();
    println!("{} {}", e.len(), e.capacity());
    e.push(());
    e.push(());
    println!("{} {}", e.len(), e.capacity());
    let w: Vec<Unit> = Vec::with_capacity(10);
    println!("{} {}", w.len(), w.capacity());
    let m = vec![(); 5];
    println!("{} {}", m.len(), m.capacity());
    let mut s = Vec::new();
    s.push(Unit);
    s.pop();
    println!("{} {}", s.len(), s.capacity());
}
