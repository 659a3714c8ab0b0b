// Near miss: the borrow is taken fresh inside the loop and ends before `push`.
fn main() {
    let mut v = vec![1];
    for i in 0..3 {
        let last = v[v.len() - 1];
        let r = &v;
        println!("{} {}", last, r.len());
        v.push(i);
    }
    println!("{:?}", v);
}
