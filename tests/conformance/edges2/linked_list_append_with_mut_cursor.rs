// Walking a Box list with a `&mut` cursor to append at the end.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Option<Box<Node>>, val: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut head = None;
    for v in [1, 2, 3] {
        push_back(&mut head, v);
    }
    let mut cur = &head;
    while let Some(node) = cur {
        print!("{} ", node.val);
        cur = &node.next;
    }
    println!();
}
