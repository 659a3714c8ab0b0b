// inspect sees each item as it passes; scan carries its state between items.
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let total: i32 = v
        .iter()
        .inspect(|x| println!("about to add {}", x))
        .sum();
    println!("total {}", total);
    let running: Vec<i32> = v
        .iter()
        .scan(0, |acc, &x| {
            *acc += x;
            Some(*acc)
        })
        .collect();
    println!("{:?}", running);
    let until_big: Vec<i32> = v
        .iter()
        .scan(1, |prod, &x| {
            *prod *= x;
            if *prod > 10 { None } else { Some(*prod) }
        })
        .collect();
    println!("{:?}", until_big);
    let mut f = v.iter().take(1).fuse();
    println!("{:?} {:?} {:?}", f.next(), f.next(), f.next());
}
