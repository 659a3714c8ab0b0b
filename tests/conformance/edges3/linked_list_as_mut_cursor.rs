// A `&mut` cursor over Option<Box<Node>> with `as_mut()` in a `while let`, then a shared walk.
struct Node { val: i32, next: Option<Box<Node>> }
fn main() {
    let mut head = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let mut cur = head.as_mut();
    while let Some(node) = cur {
        node.val *= 10;
        cur = node.next.as_mut();
    }
    let mut sum = 0;
    let mut c = &head;
    while let Some(n) = c { sum += n.val; c = &n.next; }
    println!("{sum}");
}
