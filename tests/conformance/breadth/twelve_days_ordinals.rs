// Checks the Book's ch. 3 exercise pattern: a loop over days with match-based ordinals and a reverse inner loop.
fn ordinal(n: usize) -> String {
    let word = match n {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => "fourth",
    };
    String::from(word)
}

fn main() {
    let gifts = ["a partridge in a pear tree", "two turtle doves", "three french hens", "four calling birds"];
    for day in 1..=4 {
        println!("On the {} day of Christmas my true love sent to me:", ordinal(day));
        for g in (0..day).rev() {
            if g == 0 && day > 1 {
                print!("and ");
            }
            println!("{}", gifts[g]);
        }
    }
}
