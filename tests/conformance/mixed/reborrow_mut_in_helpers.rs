// Looks wrong but rustc accepts: a &mut parameter is reborrowed for several helper calls and then used again.
fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn double(v: &mut Vec<i32>) {
    for x in v.iter_mut() {
        *x *= 2;
    }
}

fn process(v: &mut Vec<i32>) -> usize {
    add_one(v);
    double(v);
    add_one(v);
    let r: &mut Vec<i32> = &mut *v;
    r.push(100);
    v.len()
}

fn main() {
    let mut data = vec![3];
    let n = process(&mut data);
    let n2 = process(&mut data);
    println!("{} {} {:?}", n, n2, data);
    let m = &mut data;
    let first = &mut m[0];
    *first = -1;
    m.push(7);
    println!("{:?}", data);
}
