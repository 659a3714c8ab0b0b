// rustc accepts: a `&mut` cursor walks a linked list with `while let Some(next) = cur.next.as_mut() { cur = next; }`.
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
    cur.val += 10;
    println!("{}", head.next.as_ref().unwrap().val);
}
