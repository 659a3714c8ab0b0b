// Shadowing does not drop: both values drop at the scope's end, the later one first.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = D("first");
    println!("have {}", x.0);
    let x = D("second");
    println!("have {}", x.0);
    {
        let x = D("inner");
        println!("have {}", x.0);
    }
    println!("end");
}
