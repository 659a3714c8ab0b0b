// Checks that copying an element out of a Vec ends the borrow, so pushing afterwards is accepted (unlike holding &v[0]).
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let first = v[0];
    v.push(6);
    println!("The first element is: {first}, len {}", v.len());
    if let Some(last) = v.last() {
        let copy = *last;
        v.push(copy * 10);
    }
    let biggest = *v.last().unwrap();
    v.insert(0, biggest);
    println!("{:?}", v);
    let mut names = vec![String::from("a")];
    let len = names[0].len();
    names.push(String::from("b"));
    println!("{len} {:?}", names);
}
