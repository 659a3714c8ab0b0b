// static_mut_refs (deny, 2024): `ORIGIN.x` as a format argument and as a `&self` receiver is a reference into the static; `&ARR[1]` and `ARR[0].to_string()` go through an index and are not reported.
#[derive(Clone, Copy)]
struct P {
    x: i32,
}

static mut ORIGIN: P = P { x: 1 };
static mut ARR: [i32; 2] = [1, 2];

fn main() {
    unsafe {
        println!("{}", ORIGIN.x);
        let r = &ARR[1];
        let s = ARR[0].to_string();
        let t = ORIGIN.x.to_string();
        println!("{r} {s} {t}");
    }
}
