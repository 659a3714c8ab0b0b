// `1..=5` on two elements: the message shows the end as written (5), not 6.
fn position(x: usize) -> usize {
    x
}

fn main() {
    let v = vec![1, 2];
    let last = position(5);
    println!("{:?}", &v[..=1]);
    println!("{:?}", &v[1..=last]);
}
