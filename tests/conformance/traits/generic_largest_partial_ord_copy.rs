// The Book's ch. 10 `largest`: `T: PartialOrd + Copy` over i32, char, f64 and a derived enum; a `&T` version for Strings.
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Level {
    Low,
    Mid,
    High,
}

fn main() {
    let number_list = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&number_list));
    let char_list = vec!['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&char_list));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    println!("{:?}", largest(&[Level::Mid, Level::High, Level::Low]));
    let words = vec![String::from("pear"), String::from("zucchini"), String::from("apple")];
    println!("{}", largest_ref(&words));
    println!("{}", words.len());
}
