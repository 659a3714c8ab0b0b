// `std::ptr::eq` compares addresses: two references to one element are equal, to neighbours are not, a raw pointer and a reference to one array are.
fn main() {
    let v = vec![10, 20, 30];
    let a = [1u8, 2];
    let first = &v[0];
    let again = &v[0];
    let p = &raw const a;
    println!("{} {} {}", std::ptr::eq(first, again), std::ptr::eq(first, &v[1]), std::ptr::eq(p, &a));
    let boxed = Box::new(5);
    let copy = Box::new(5);
    println!("{} {}", std::ptr::eq(&*boxed, &*boxed), std::ptr::eq(&*boxed, &*copy));
}
