// E0499/E0505: a reference used later through a method call (`x.len()`) is labelled at the receiver `x`.
fn takes(v: Vec<String>) -> usize {
    v.len()
}

fn main() {
    let mut names = vec![String::from("a")];
    let x = &mut names;
    names.push(String::from("b"));
    println!("{}", x.len());

    let list = vec![String::from("c")];
    let view = &list;
    let n = takes(list);
    println!("{} {}", n, view.is_empty());
}
