// binding modifiers and `&` patterns that Rust 2024 still accepts: on a value (not through a reference), inside an explicit `&` pattern, and names like `generic` / `gen_count`
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let opt = Some(1);
    match opt {
        Some(ref x) => println!("ref {}", x),
        None => {}
    }
    if let Some(mut x) = opt {
        x += 1;
        println!("mut {}", x);
    }
    let n = 2;
    let refs = Some(&n);
    if let Some(&x) = refs {
        println!("deref {}", x);
    }
    match &opt {
        &Some(ref x) => println!("explicit {}", x),
        &None => {}
    }
    match &opt {
        Some(x) => println!("implicit {}", x),
        None => {}
    }
    let pairs = vec![(1, 'a'), (2, 'b')];
    for &(num, ch) in &pairs {
        println!("{} {}", num, ch);
    }
    for (i, &(num, _)) in pairs.iter().enumerate() {
        println!("{} {}", i, num);
    }
    let p = Point { x: 3, y: 4 };
    let Point { ref x, mut y } = p;
    y += 1;
    let generic = 5;
    let gen_count = 6;
    println!("{} {} {} {}", x, y, generic, gen_count);
}
