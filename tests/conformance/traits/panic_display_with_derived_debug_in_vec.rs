// A hand-written Display next to a derived Debug: `{:?}` of a Vec of them uses the derived one, `{}` the program's.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Temp {
    celsius: f64,
}

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.celsius)
    }
}

fn main() {
    let temps = vec![Temp { celsius: 21.25 }, Temp { celsius: -3.0 }];
    println!("{:?}", temps);
    for t in temps.iter() {
        println!("{} / {:?}", t, t);
    }
    let boxed = Box::new(temps[0].clone());
    println!("{} {}", boxed, boxed.to_string().len());
    assert_eq!(*boxed, temps[0]);
    if temps[1].celsius < 0.0 {
        panic!("freezing: {}", temps[1]);
    }
}
