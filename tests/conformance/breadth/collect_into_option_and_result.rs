// collect() into Option<Vec<_>> / Result<Vec<_>, _>: the first None or Err is the answer.
fn main() {
    let o: Option<Vec<i32>> = vec![Some(1), None].into_iter().collect();
    let p: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?} {:?}", o, p);
    let r: Result<Vec<i32>, _> = "1 2".split(' ').map(|s| s.parse::<i32>()).collect();
    let bad: Result<Vec<i32>, _> = "1 x 3".split(' ').map(|s| s.parse::<i32>()).collect();
    println!("{:?} {:?}", r, bad);
    let words: Option<Vec<String>> = ["a", "b"].iter().map(|w| Some(w.to_string())).collect();
    println!("{:?}", words);
}
