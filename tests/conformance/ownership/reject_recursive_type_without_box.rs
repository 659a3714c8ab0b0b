// Checks the Book's cons list without Box: a recursive enum of infinite size is rejected with E0072.
#[derive(Debug)]
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let list = List::Cons(1, List::Cons(2, List::Nil));
    println!("{:?}", list);
}
