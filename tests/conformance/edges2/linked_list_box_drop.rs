// A Box list drops from the head; `take()` pops nodes off one by one.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.val);
    }
}

fn main() {
    let mut head = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })) }));
    if let Some(mut first) = head.take() {
        head = first.next.take();
        println!("popped {}", first.val);
    }
    let mut n = 0;
    let mut cur = &head;
    while let Some(node) = cur {
        n += node.val;
        cur = &node.next;
    }
    println!("sum of rest {}", n);
}
