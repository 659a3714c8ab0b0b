// E0506 (NLL problem case #4): the loop's last `cur.next.as_mut()` borrow is still alive after the loop because `cur` took such borrows.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &mut head;
    while let Some(next) = cur.next.as_mut() {
        cur = next;
    }
    cur.next = Some(Box::new(Node { val: 3, next: None }));
    println!("{}", head.val);
}
