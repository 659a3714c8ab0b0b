// Checks the Book's Box-based cons list: building it, recursive sum and length, and printing it with Debug.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(list: &List) -> i32 {
    match list {
        List::Cons(value, rest) => value + sum(rest),
        List::Nil => 0,
    }
}

fn length(list: &List) -> usize {
    match list {
        List::Cons(_, rest) => 1 + length(rest),
        List::Nil => 0,
    }
}

fn main() {
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))));
    println!("{:?}", list);
    println!("sum {} length {}", sum(&list), length(&list));
    let bigger = List::Cons(10, Box::new(list));
    println!("sum {} length {}", sum(&bigger), length(&bigger));
    println!("{}", std::mem::size_of::<List>());
}
