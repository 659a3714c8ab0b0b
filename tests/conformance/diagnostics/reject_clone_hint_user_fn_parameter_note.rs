// E0382: a Vec passed by value to the program's own function; rustc notes the parameter that takes ownership, then suggests cloning.
fn total(values: Vec<i32>) -> i32 {
    values.iter().sum()
}

fn main() {
    let values = vec![1, 2, 3];
    let sum = total(values);
    println!("{sum} from {:?}", values);
}
