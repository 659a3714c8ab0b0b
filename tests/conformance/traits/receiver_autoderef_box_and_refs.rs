// Trait methods are found through references, `&&T` and `Box<T>` by autoderef, and called via `Trait::m(&x)`.
trait Weigh {
    fn grams(&self) -> u32;
    fn kilos(&self) -> f64 {
        self.grams() as f64 / 1000.0
    }
}

struct Parcel {
    grams: u32,
}

impl Weigh for Parcel {
    fn grams(&self) -> u32 {
        self.grams
    }
}

fn total(a: &Parcel, b: &Parcel) -> u32 {
    a.grams() + Weigh::grams(b)
}

fn main() {
    let p = Parcel { grams: 1500 };
    let r = &p;
    let rr = &r;
    let b = Box::new(Parcel { grams: 250 });
    println!("{} {} {}", p.grams(), r.grams(), rr.grams());
    println!("{} {}", b.grams(), b.kilos());
    println!("{}", total(&p, &b));
    println!("{}", Weigh::kilos(&p));
    println!("{}", std::mem::size_of::<Parcel>());
}
