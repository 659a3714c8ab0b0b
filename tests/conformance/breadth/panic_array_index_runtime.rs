// Checks that indexing an array with an index computed at run time panics with `index out of bounds`.
fn main() {
    let scores = [90, 85, 77, 60];
    let mut i = 0;
    while scores[i] > 70 {
        println!("score {} passes", scores[i]);
        i += 1;
    }
    let next = i * 2;
    println!("checking index {next}");
    println!("{}", scores[next]);
}
