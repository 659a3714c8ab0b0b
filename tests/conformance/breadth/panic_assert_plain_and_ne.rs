// Checks that assert_ne! failure prints `assertion `left != right` failed` with both values.
fn next_id(last: u32) -> u32 {
    if last > 5 { last } else { last + 1 }
}

fn main() {
    let mut id = 3;
    for _ in 0..5 {
        let new_id = next_id(id);
        assert!(new_id >= id);
        assert_ne!(new_id, id);
        println!("id {new_id}");
        id = new_id;
    }
}
