// near miss: fields of an array element or of a Box's contents are disjoint (built-in index and deref); shared borrows through a Vec index coexist
struct S {
    a: i32,
    b: i32,
}

fn main() {
    let mut arr = [S { a: 1, b: 2 }];
    let x = &mut arr[0].a;
    let y = &mut arr[0].b;
    *x += *y;
    let mut boxed = Box::new(S { a: 3, b: 4 });
    let p = &mut boxed.a;
    let q = &mut boxed.b;
    *p += *q;
    let v = vec![S { a: 5, b: 6 }];
    let r = &v[0].a;
    let s = &v[0].b;
    println!("{} {} {} {}", arr[0].a, boxed.a, r, s);
    let mut w = vec![S { a: 7, b: 8 }];
    let first = &mut w[0];
    let m = &mut first.a;
    let n = &mut first.b;
    *m += *n;
    println!("{}", w[0].a);
}
