// E0502: pushing to a Vec field while iterating over the same Vec with a for loop.
struct Bag {
    items: Vec<i32>,
}

fn main() {
    let mut bag = Bag { items: vec![1, 2, 3] };
    for x in bag.items.iter() {
        if *x == 2 {
            bag.items.push(4);
        }
    }
    println!("{:?}", bag.items.len());
}
