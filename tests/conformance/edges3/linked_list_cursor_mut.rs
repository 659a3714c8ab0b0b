// Walking a Box linked list with a `&mut` cursor and appending at the end.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Node, value: i32) {
    let mut cur = head;
    while let Some(ref mut next) = cur.next {
        cur = next;
    }
    cur.next = Some(Box::new(Node { value, next: None }));
}

fn main() {
    let mut head = Node { value: 1, next: None };
    push_back(&mut head, 2);
    push_back(&mut head, 3);
    let mut total = 0;
    let mut cur = Some(&head);
    while let Some(n) = cur {
        total += n.value;
        cur = match &n.next {
            Some(b) => Some(b),
            None => None,
        };
    }
    println!("{total}");
}
