// The cons list with Box: a recursive type needs a pointer, or its size would be infinite
// Watch: each `List` value is 16 bytes (a tag, an i32 and a Box); only the first node sits on the stack, the other three are 16-byte heap blocks chained by pointers; at `}` dropping `list` frees the whole chain in one step.

// Without the Box, `List` would contain a `List` that contains a `List`...
// rustc would reject it (E0072: recursive type has infinite size).
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(value, rest) => value + sum(rest), // follow the Box to the next node
        Nil => 0,
    }
}

fn main() {
    // Built from the inside out: Nil first, then 3, 2, 1 in front of it.
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("sum = {}", sum(&list));
    println!("a List is {} bytes", std::mem::size_of::<List>());
}
