// rev() asks the map from the back: its closure runs on the last item first.
fn main() {
    let v = vec![1, 2, 3];
    let out: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("map {}", x);
            x * 10
        })
        .rev()
        .collect();
    println!("{:?}", out);
    let mut it = v.iter().filter(|x| **x != 2).rev();
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    let e: Vec<(usize, char)> = ['a', 'b', 'c'].iter().copied().enumerate().rev().collect();
    println!("{:?}", e);
}
