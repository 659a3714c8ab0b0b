// near miss rustc accepts: generic functions returning `T` or `&T` from their parameters.
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

fn push_all<T: Clone>(v: &mut Vec<T>, items: &[T]) {
    for item in items {
        v.push(item.clone());
    }
}

fn main() {
    let mut v = vec![3, 9, 4];
    push_all(&mut v, &[1, 2]);
    let words = vec![String::from("b"), String::from("a")];
    println!("{} {} {:?}", largest(&v), largest_ref(&words), v);
}
