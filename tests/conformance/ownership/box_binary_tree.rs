// Checks a binary search tree of Option<Box<Node>> with recursive insert through &mut and in-order traversal.
#[derive(Debug)]
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, value: i32) {
    match slot {
        None => *slot = Some(Box::new(Node { value, left: None, right: None })),
        Some(node) => {
            if value < node.value {
                insert(&mut node.left, value);
            } else {
                insert(&mut node.right, value);
            }
        }
    }
}

fn in_order(slot: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = slot {
        in_order(&node.left, out);
        out.push(node.value);
        in_order(&node.right, out);
    }
}

fn main() {
    let mut root = None;
    for v in [50, 30, 70, 20, 40, 60, 80, 35] {
        insert(&mut root, v);
    }
    let mut out = Vec::new();
    in_order(&root, &mut out);
    println!("{:?}", out);
    println!("{:?}", root.as_ref().unwrap().left.as_ref().unwrap().right);
}
