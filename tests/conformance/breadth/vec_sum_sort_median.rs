// Checks the Book ch. 8 median/mode exercise: iter().sum(), sort, middle element and a counting mode search.
fn main() {
    let mut v = vec![7, 3, 9, 3, 1, 7, 3, 10, 2];
    let total: i32 = v.iter().sum();
    println!("sum {total}, mean {}", total as f64 / v.len() as f64);
    v.sort();
    println!("sorted {:?}", v);
    println!("median {}", v[v.len() / 2]);
    let mut mode = v[0];
    let mut best = 0;
    for i in 0..v.len() {
        let mut count = 0;
        for j in 0..v.len() {
            if v[j] == v[i] { count += 1; }
        }
        if count > best { best = count; mode = v[i]; }
    }
    println!("mode {mode} ({best} times)");
    let mut words = vec!["pear", "Apple", "fig", "apple"];
    words.sort();
    println!("{:?}", words);
}
