// Ranges are values: stored, printed with {:?}, sized, iterated later; `..=` includes its end.
fn main() {
    let a = 1..3i32;
    let b = 1..=3i32;
    let c = 1u8..=3;
    let d = 5u64..;
    let e = ..5usize;
    let f = ..=5i32;
    let g = ..;
    let h = Some(1u8..=3);
    let letters = 'a'..'d';
    println!("{} {} {} {} {}", std::mem::size_of_val(&a), std::mem::size_of_val(&b),
             std::mem::size_of_val(&c), std::mem::size_of_val(&d), std::mem::size_of_val(&e));
    println!("{} {} {} {}", std::mem::size_of_val(&f), std::mem::size_of_val(&g),
             std::mem::size_of_val(&h), std::mem::size_of_val(&letters));
    println!("{a:?} {b:?} {c:?} {d:?} {e:?} {f:?} {g:?} {h:?} {letters:?}");
    println!("{:>3?} {:#?}", 1..4, (..=7, 2u8..));
    for k in a {
        print!("{k} ");
    }
    for k in b {
        print!("{k} ");
    }
    for k in letters {
        print!("{k} ");
    }
    println!();
    let v = vec![10, 20, 30, 40];
    println!("{:?} {:?} {:?} {:?}", &v[..=0], &v[..=2], &v[1..=1], &v[2..=3]);
    let mut w = v.clone();
    let taken: Vec<i32> = w.drain(..=1).collect();
    println!("{taken:?} {w:?}");
    let s = "héllo";
    println!("{} {} {}", &s[..=0], &s[..=2], &s[1..=2]);
}
