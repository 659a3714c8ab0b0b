// E0382: `cur` (a `&mut`) is moved into the `while let` and used after the loop.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Some(Box::new(Node { val: 1, next: None }));
    let cur = &mut head;
    while let Some(node) = cur {
        node.val += 1;
        break;
    }
    println!("{}", cur.is_some());
}
