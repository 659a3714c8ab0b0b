// Checks &mut parameters: swapping through references, mutating struct fields via &mut, and returning &mut from a method.
#[derive(Debug)]
struct Pair {
    a: i32,
    b: i32,
}

impl Pair {
    fn bigger(&mut self) -> &mut i32 {
        if self.a >= self.b { &mut self.a } else { &mut self.b }
    }
}

fn swap(x: &mut i32, y: &mut i32) {
    let t = *x;
    *x = *y;
    *y = t;
}

fn bump_all(v: &mut Vec<Pair>, by: i32) {
    for p in v.iter_mut() {
        p.a += by;
        *p.bigger() *= 10;
    }
}

fn append_exclaim(s: &mut String) -> usize {
    s.push('!');
    s.len()
}

fn main() {
    let mut x = 1;
    let mut y = 2;
    swap(&mut x, &mut y);
    println!("{} {}", x, y);
    let mut p = Pair { a: 3, b: 7 };
    *p.bigger() += 1;
    swap(&mut p.a, &mut p.b);
    println!("{:?}", p);
    let mut v = vec![Pair { a: 1, b: 0 }, Pair { a: -5, b: 2 }];
    bump_all(&mut v, 2);
    println!("{:?}", v);
    let mut s = String::from("hey");
    let n = append_exclaim(&mut s);
    let r = &mut s;
    r.push('?');
    println!("{} {}", s, n);
    let mut arr = [5, 1, 4];
    let (l, r) = arr.split_at_mut(1);
    swap(&mut l[0], &mut r[1]);
    println!("{:?}", arr);
}
