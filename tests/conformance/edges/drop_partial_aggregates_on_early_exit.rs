// early exits (break, continue, return) out of an array, tuple, struct, vec! or call argument list drop the elements already built, newest first
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}


struct Pair(D, D);
struct Named {
    a: D,
    b: D,
}

fn take(_a: D, _b: D) {}

fn args(flag: bool) -> i32 {
    take(D(1), { if flag { return 1; } D(2) });
    let _p = Pair(D(3), { if flag { return 2; } D(4) });
    0
}

fn named(flag: bool) -> i32 {
    let _n = Named { a: D(5), b: { if flag { return 3; } D(6) } };
    0
}

fn vecs(flag: bool) -> i32 {
    let _v = vec![D(7), D(8), { if flag { return 4; } D(9) }];
    0
}

fn return_early() -> i32 {
    let _v = vec![D(20), D(21)];
    let _s = (D(30), { if true { return 5; } D(31) });
    0
}

fn main() {
    let mut n = 0;
    loop {
        n += 1;
        let _r = [D(10), D(11), { D(12); if n == 2 { break; } D(14) }, D(13)];
        println!("built");
    }
    println!("{}", return_early());
    println!("{}", args(true));
    println!("{}", named(true));
    println!("{}", vecs(true));
    let mut i = 0;
    while i < 2 {
        i += 1;
        let _t = (D(40), (D(41), { if i == 1 { continue; } D(42) }));
        println!("made");
    }
}
