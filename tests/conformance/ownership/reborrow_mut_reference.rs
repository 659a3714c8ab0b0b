// Checks that passing the same &mut variable to functions repeatedly reborrows it instead of moving it.
fn add(list: &mut Vec<i32>, x: i32) {
    list.push(x);
}

fn add_twice(list: &mut Vec<i32>, x: i32) {
    add(list, x);
    add(list, x + 1);
    list.push(0);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add(r, 1);
    add(r, 2);
    add_twice(r, 10);
    let again = &mut *r;
    again.push(99);
    r.push(100);
    println!("{:?}", v);
}
