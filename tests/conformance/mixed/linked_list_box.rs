// Checks a singly linked stack built from Option<Box<Node>> with push, pop, peek, take and iterative traversal.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        match self.head.take() {
            None => None,
            Some(node) => {
                self.head = node.next;
                self.len -= 1;
                Some(node.val)
            }
        }
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.val)
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.val);
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=5 {
        s.push(i * i);
    }
    println!("{:?} len={}", s.to_vec(), s.len);
    println!("peek {:?}", s.peek());
    while let Some(v) = s.pop() {
        if v < 5 {
            break;
        }
        print!("{} ", v);
    }
    println!();
    println!("{:?} {:?}", s.to_vec(), s.peek());
    println!("{:?}", s.head);
}
