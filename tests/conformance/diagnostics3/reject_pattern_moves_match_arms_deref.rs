// E0507: `match *shape` with arms binding Strings moves them out of the borrowed enum; every arm's binding is labelled and rustc suggests `match shape`.
enum Shape {
    Named(String),
    Labelled(String, u32),
    Empty,
}

fn title(shape: &Shape) -> String {
    match *shape {
        Shape::Named(n) => n,
        Shape::Labelled(l, _) => l,
        Shape::Empty => String::new(),
    }
}

fn main() {
    println!("{}", title(&Shape::Named(String::from("box"))));
}
