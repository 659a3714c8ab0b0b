// Checks that Vec::remove with an index past the end panics with the removal index message.
fn main() {
    let mut queue = vec!["a", "b", "c"];
    let first = queue.remove(0);
    println!("removed {first}, left {:?}", queue);
    let pos = queue.len() + 1;
    queue.remove(pos);
    println!("unreachable");
}
