// rustc accepts: `while let Some(ref mut n) = cur.next { cur = n; }` moves the cursor down the list.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &mut head;
    while let Some(ref mut n) = cur.next {
        cur = n;
    }
    cur.val += 100;
    println!("{}", head.val);
}
