// rustc accepts: `cur = cur.next.as_mut().unwrap()` in a loop, then appending at the end through `cur`.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &mut head;
    while cur.next.is_some() {
        cur = cur.next.as_mut().unwrap();
    }
    cur.next = Some(Box::new(Node { val: 3, next: None }));
    println!("{}", head.val);
}
