// An iterator is a small struct on the stack: the slice iterator's two pointers, plus
// what each adaptor adds (a count, a flag, the other iterator).
use std::mem::size_of_val;

fn main() {
    let v = vec![1i32, 2, 3];
    let bytes = vec![1u8, 2];
    let it = v.iter();
    println!("Iter {}", size_of_val(&it));
    let doubled = v.iter().map(|x| x * 2);
    println!("Map {}", size_of_val(&doubled));
    println!("Filter {}", size_of_val(&v.iter().filter(|x| **x > 1)));
    println!("Enumerate {}", size_of_val(&v.iter().enumerate()));
    println!("Take {} Skip {}", size_of_val(&v.iter().take(2)), size_of_val(&v.iter().skip(1)));
    println!("StepBy {}", size_of_val(&v.iter().step_by(2)));
    println!("Rev {}", size_of_val(&v.iter().rev()));
    println!("Zip {}", size_of_val(&v.iter().zip(bytes.iter())));
    println!("Chain {}", size_of_val(&v.iter().chain(v.iter())));
    println!("Peekable {}", size_of_val(&v.iter().peekable()));
    println!("Fuse {}", size_of_val(&(0..3).fuse()));
    println!("Range {} {} {}", size_of_val(&(0..3)), size_of_val(&(0u8..3)), size_of_val(&(0..=3)));
    println!("RangeFrom {}", size_of_val(&(0u64..)));
    println!("TakeWhile {}", size_of_val(&(0..3).take_while(|x| *x < 2)));
    println!("IntoIter {}", size_of_val(&v.clone().into_iter()));
    println!("Chars {}", size_of_val(&"abc".chars()));
    println!("Windows {}", size_of_val(&v.windows(2)));
}
