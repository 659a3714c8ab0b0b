// A Box tree walked by `&` and by `&mut` with match ergonomics.
#[derive(Debug)]
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
fn sum(t: &Tree) -> i32 {
    match t {
        Tree::Leaf(n) => *n,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}
fn bump(t: &mut Tree) {
    match t {
        Tree::Leaf(n) => *n += 1,
        Tree::Node(l, r) => { bump(l); bump(r); }
    }
}
fn main() {
    let mut t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    bump(&mut t);
    println!("{} {:?}", sum(&t), t);
}
