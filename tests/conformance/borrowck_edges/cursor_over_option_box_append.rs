// rustc accepts: a cursor over `&mut Option<Box<Node>>` (`cur = &mut node.next`), then `*cur = Some(..)` at the end.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
fn main() {
    let mut head = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let mut cur = &mut head;
    while let Some(node) = cur {
        node.val *= 10;
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val: 3, next: None }));
    let mut p = &head;
    while let Some(n) = p {
        print!("{} ", n.val);
        p = &n.next;
    }
    println!();
}
