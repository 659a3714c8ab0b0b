// Near miss of reject_drop_guard_holding_mut_ref_alive: without Drop the holder's borrow ends at its last use.
struct NoDrop<'a> { log: &'a mut Vec<String> }
fn main() {
    let mut log = Vec::new();
    let _g = NoDrop { log: &mut log };
    log.push(String::from("fine"));
    println!("{:?}", log);
}
