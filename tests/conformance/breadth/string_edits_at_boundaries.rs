// String edits at character boundaries: insert, remove and truncate by byte index.
fn main() {
    let mut s = String::from("héllo");
    s.insert(3, 'x');
    s.insert_str(0, "¡");
    println!("{s} {}", s.len());
    let gone = s.remove(2);
    println!("{gone} {s}");
    s.truncate(99);
    println!("{s}");
    s.truncate(4);
    println!("{s} {}", s.len());
    let v = vec![1, 2, 3, 4, 5];
    for w in v.windows(2) {
        print!("{w:?} ");
    }
    for c in v.chunks(2) {
        print!("{c:?} ");
    }
    println!();
}
