// Slice methods: sort_by_key, dedup, binary_search, and sorting words by length.
fn main() {
    let mut v = vec![(3, "c"), (1, "a"), (2, "b")];
    v.sort_by_key(|p| p.0);
    println!("{:?}", v);
    let mut d = vec![1, 1, 2, 2, 2, 3, 1];
    d.dedup();
    println!("{:?}", d);
    let sorted = [1, 3, 5, 7];
    println!("{:?} {:?}", sorted.binary_search(&5), sorted.binary_search(&4));
    let mut words = vec!["pear", "fig", "banana"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
}
