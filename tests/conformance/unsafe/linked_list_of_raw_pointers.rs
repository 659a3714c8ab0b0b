// A singly linked list of `Box::into_raw` nodes joined by `*mut Node`: walked, then freed node by node with `Box::from_raw`
use std::ptr;

struct Node {
    value: i32,
    next: *mut Node,
}

fn push_front(head: *mut Node, value: i32) -> *mut Node {
    Box::into_raw(Box::new(Node { value, next: head }))
}

fn main() {
    let mut head: *mut Node = ptr::null_mut();
    for v in [3, 2, 1] {
        head = push_front(head, v);
    }
    let mut cur = head;
    let mut sum = 0;
    while !cur.is_null() {
        unsafe {
            sum += (*cur).value;
            cur = (*cur).next;
        }
    }
    println!("sum {sum}, node size {}", std::mem::size_of::<Node>());
    let mut cur = head;
    while !cur.is_null() {
        let node = unsafe { Box::from_raw(cur) };
        cur = node.next;
        println!("free {}", node.value);
    }
}
