// `let`, `for` and closure patterns that match every value compile (no E0005): tuples, structs, references, arrays, one-variant enums, `@` bindings, `..`
struct Point { x: i32, y: i32 }
struct Wrapper(String);
struct Unit;
enum Only { One(i32) }

fn main() {
    let (a, b) = (1, 2);
    let Point { x, .. } = Point { x: 3, y: 4 };
    let Point { x: px, y: py } = Point { x: 5, y: 6 };
    let Wrapper(s) = Wrapper(String::from("w"));
    let Unit = Unit;
    let () = ();
    let Only::One(n) = Only::One(7);
    let &r = &8;
    let [first, .., last] = [1, 2, 3, 4];
    let (head, ..) = (9, 10, 11);
    let all @ (c, d) = (12, 13);
    let (ref m, ref mut k) = (14, 15);
    *k += 1;
    let t = (16, Some(17));
    let (e, _) = t;
    let nested = ((1, 2), [3, 4]);
    let ((f, g), [h, i]) = nested;
    println!("{a} {b} {x} {px} {py} {s} {n} {r} {first} {last} {head} {all:?} {c} {d} {m} {k} {e}");
    println!("{f} {g} {h} {i}");
    let v = vec![(1, 'a'), (2, 'b')];
    for (num, ch) in &v {
        println!("{num} {ch}");
    }
    for &(num, ch) in v.iter() {
        println!("{num} {ch}");
    }
    for (i, (num, _)) in v.iter().enumerate() {
        println!("{i} {num}");
    }
    let add = |(p, q): (i32, i32)| p + q;
    let deref = |&z: &i32| z * 2;
    println!("{} {}", add((1, 2)), deref(&21));
    let opt = Some(5);
    let Some(w) = opt else { return };
    if let Some(u) = opt {
        println!("{w} {u}");
    }
    while let Some(_) = None::<i32> {}
}
