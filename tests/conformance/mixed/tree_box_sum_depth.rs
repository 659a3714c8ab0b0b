// Checks a recursive enum tree with Box, recursive functions for sum/depth/count and {:?} of the nested value.
#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

fn sum(t: &Tree) -> i32 {
    match t {
        Tree::Leaf(v) => *v,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}

fn depth(t: &Tree) -> usize {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + depth(l).max(depth(r)),
    }
}

fn leaves(t: &Tree, out: &mut Vec<i32>) {
    match t {
        Tree::Leaf(v) => out.push(*v),
        Tree::Node(l, r) => {
            leaves(l, out);
            leaves(r, out);
        }
    }
}

fn mirror(t: Tree) -> Tree {
    match t {
        Tree::Leaf(v) => Tree::Leaf(v),
        Tree::Node(l, r) => Tree::Node(Box::new(mirror(*r)), Box::new(mirror(*l))),
    }
}

fn main() {
    let t = Tree::Node(
        Box::new(Tree::Leaf(1)),
        Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Node(Box::new(Tree::Leaf(3)), Box::new(Tree::Leaf(4)))))),
    );
    println!("sum={} depth={}", sum(&t), depth(&t));
    let mut v = Vec::new();
    leaves(&t, &mut v);
    println!("{:?}", v);
    let m = mirror(t);
    println!("{:?}", m);
    let mut w = vec![];
    leaves(&m, &mut w);
    println!("{:?}", w);
}
