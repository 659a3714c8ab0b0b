// Adaptors are lazy: each item goes through map then filter before the next one starts.
fn main() {
    let numbers = vec![1, 2, 3, 4, 5, 6];
    let evens_doubled = numbers
        .iter()
        .map(|n| {
            println!("map {}", n);
            n * 2
        })
        .filter(|n| {
            println!("filter {}", n);
            n % 4 == 0
        });
    println!("nothing has run yet");
    for n in evens_doubled {
        println!("got {}", n);
    }
}
