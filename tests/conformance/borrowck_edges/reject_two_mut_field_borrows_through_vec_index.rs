// E0499: `&mut v[0].a` and `&mut v[0].b` each call `IndexMut::index_mut(&mut v, 0)`, so both borrow all of `v`
struct S {
    a: i32,
    b: i32,
}

fn main() {
    let mut v = vec![S { a: 1, b: 2 }];
    let x = &mut v[0].a;
    let y = &mut v[0].b;
    *x += *y;
    println!("{}", v[0].a);
}
