#[derive(Debug)]
struct Node { val: i32, next: Option<Box<Node>> }
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &mut head;
    while let Some(ref mut n) = cur.next {
        n.val *= 10;
        cur = n;
    }
    cur.next = Some(Box::new(Node { val: 3, next: None }));
    println!("{:?}", head);
}
