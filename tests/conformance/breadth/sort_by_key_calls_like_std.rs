// The Book's listing 13-9: a key closure that counts its calls. std's stable sort calls it
// twice per comparison of its insertion sort (at most 20 elements): 6 calls for 3 items.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];
    let mut num_sort_operations = 0;
    list.sort_by_key(|r| {
        num_sort_operations += 1;
        r.width
    });
    println!("{list:#?}, sorted in {num_sort_operations} operations");
    for n in [2u64, 5, 10, 20] {
        let mut v: Vec<u64> = (0..n).map(|i| (i * 7919 + 13) % 31).collect();
        let mut calls = 0;
        v.sort_by_key(|x| {
            calls += 1;
            *x
        });
        let mut w: Vec<u64> = (0..n).map(|i| (i * 7919 + 13) % 31).collect();
        let mut comparisons = 0;
        w.sort_by(|a, b| {
            comparisons += 1;
            b.cmp(a)
        });
        println!("{n}: {calls} key calls, {comparisons} comparisons, {:?} {:?}", v, w);
    }
    let mut names = vec!["delta", "alpha", "charlie", "bravo"];
    names.sort_by_key(|s| {
        println!("key of {s}");
        s.len()
    });
    println!("{names:?}");
}
