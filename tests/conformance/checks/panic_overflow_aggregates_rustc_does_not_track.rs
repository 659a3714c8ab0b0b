// overflows rustc's lint does NOT see, so they compile and panic at run time: a copied tuple, a borrowed one, a field assigned later, a String element, a Drop type, a nested struct, a parameter
struct P {
    x: u8,
    y: u8,
}

struct N {
    p: P,
}

struct D {
    x: u8,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop D {}", self.x);
    }
}

fn add(t: (u8, u8)) -> u8 {
    t.0.wrapping_add(t.1)
}

fn checked(p: P) -> Option<u8> {
    p.x.checked_add(p.y)
}

fn main() {
    let t = (255u8, 1u8);
    let u = t;
    println!("{:?}", u.0.checked_add(u.1));
    let r = &t;
    println!("{} {}", r.0, add(t));
    let mut m = (255u8, 0u8);
    m.1 = 1;
    println!("{:?}", m.0.checked_add(m.1));
    let s = (String::from("s"), 255u8);
    println!("{} {:?}", s.0, s.1.checked_add(1));
    let n = N { p: P { x: 255, y: 1 } };
    println!("{:?}", checked(n.p));
    let a = [250u8, 10];
    println!("{}", a.len());
    let d = D { x: 255 };
    println!("{}", d.x + 1);
}
