// rustc rejects: copying the elements of one `&Vec<&str>` into another `&mut Vec<&str>`, whose element lifetimes are unrelated.
fn copy_all(v: &mut Vec<&str>, other: &Vec<&str>) {
    for x in other {
        v.push(x);
    }
}
fn main() {
    let mut v = Vec::new();
    copy_all(&mut v, &vec!["a"]);
    println!("{:?}", v);
}
