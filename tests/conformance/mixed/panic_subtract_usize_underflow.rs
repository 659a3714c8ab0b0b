// Panics with attempt to subtract with overflow computing len() - 1 on an empty Vec.
fn last_index(v: &Vec<String>) -> usize {
    v.len() - 1
}

fn main() {
    let mut v = vec![String::from("only")];
    println!("{}", last_index(&v));
    v.pop();
    println!("{}", last_index(&v));
}
