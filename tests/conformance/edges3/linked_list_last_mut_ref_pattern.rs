// Returning the last node's `&mut` after walking with `ref mut` (an NLL-accepted loop).
struct Node { val: i32, next: Option<Box<Node>> }
fn last(mut cur: &mut Node) -> &mut Node {
    while let Some(ref mut next) = cur.next {
        cur = next;
    }
    cur
}
fn main() {
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    last(&mut n).val = 9;
    println!("{}", n.next.as_ref().unwrap().val);
}
