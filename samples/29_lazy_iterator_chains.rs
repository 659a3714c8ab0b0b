// Iterators are lazy: nothing runs until a consumer asks
// Watch: `let evens = ...map(...).filter(...)` builds an iterator value (its size is its state plus its closures' captures) and prints nothing. Only `collect` pulls items through, one at a time: each `map` line is followed by its `filter` line, interleaved, as the compiled program prints them. `take(2)` stops the chain after two items, so the rest are never even mapped.

fn main() {
    let numbers = vec![1, 2, 3, 4, 5, 6];
    let factor = 10;
    let evens = numbers
        .iter()
        .map(|n| {
            println!("map {}", n);
            n * factor
        })
        .filter(|n| {
            println!("filter {}", n);
            n % 20 == 0
        });
    println!("nothing has run yet");
    let picked: Vec<i32> = evens.take(2).collect();
    println!("picked {:?}", picked);

    let total: i32 = numbers.iter().filter(|n| **n > 2).sum();
    println!("total of those over 2: {}", total);

    let mut words = vec!["pear", "fig", "apple"].into_iter().peekable();
    while let Some(w) = words.next() {
        if let Some(next) = words.peek() {
            println!("{} then {}", w, next);
        } else {
            println!("{} is last", w);
        }
    }
}
