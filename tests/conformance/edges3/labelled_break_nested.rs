// A labelled `break 'outer` leaves both loops; `continue 'outer` skips the rest of the row.
fn main() {
    let mut hits = Vec::new();
    'outer: for row in 0..5 {
        for col in 0..5 {
            if col > row {
                continue 'outer;
            }
            if row * col == 6 {
                break 'outer;
            }
            hits.push((row, col));
        }
    }
    println!("{} {:?}", hits.len(), hits.last());
}
