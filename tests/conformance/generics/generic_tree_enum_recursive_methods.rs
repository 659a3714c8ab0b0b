// A generic binary tree enum with boxed children: a generic depth method, and a method only for Tree<i32> that sums it.
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

impl<T> Tree<T> {
    fn depth(&self) -> usize {
        match self {
            Tree::Leaf(_) => 1,
            Tree::Node(l, r) => {
                let a = l.depth();
                let b = r.depth();
                1 + if a > b { a } else { b }
            }
        }
    }

    fn count(&self) -> usize {
        match self {
            Tree::Leaf(_) => 1,
            Tree::Node(l, r) => l.count() + r.count(),
        }
    }
}

impl Tree<i32> {
    fn sum(&self) -> i32 {
        match self {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => l.sum() + r.sum(),
        }
    }
}

fn main() {
    let t = Tree::Node(
        Box::new(Tree::Leaf(1)),
        Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))),
    );
    println!("depth {} count {} sum {}", t.depth(), t.count(), t.sum());
    let words = Tree::Node(Box::new(Tree::Leaf("a")), Box::new(Tree::Leaf("b")));
    println!("depth {} count {}", words.depth(), words.count());
    println!("{}", std::mem::size_of::<Tree<i32>>());
}
