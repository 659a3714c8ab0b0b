// `as_ptr` of an array, `add`, `sub` and `offset` step through its elements; a write through `as_mut_ptr`
fn main() {
    let mut arr = [10, 20, 30, 40];
    let p = arr.as_ptr();
    let mut sum = 0;
    for i in 0..4 {
        sum += unsafe { *p.add(i) };
    }
    println!("sum {sum}");
    unsafe {
        let last = p.add(3);
        println!("{} {}", *last, *last.sub(2));
        println!("{}", *last.offset(-3));
    }
    let q = arr.as_mut_ptr();
    unsafe {
        *q.add(1) = 25;
        *q += 1;
    }
    println!("{:?}", arr);
}
