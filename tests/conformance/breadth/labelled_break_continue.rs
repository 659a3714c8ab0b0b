// Checks labelled break and continue across nested loop/while/for loops.
fn main() {
    let mut count = 0;
    'counting_up: loop {
        println!("count = {count}");
        let mut remaining = 10;
        loop {
            println!("remaining = {remaining}");
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }
        count += 1;
    }
    println!("End count = {count}");
    'rows: for r in 0..4 {
        for c in 0..4 {
            if c > r { continue 'rows; }
            if r == 3 { break 'rows; }
            print!("({r},{c})");
        }
    }
    println!();
}
