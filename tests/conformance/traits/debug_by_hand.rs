// `impl fmt::Debug` by hand: `{:?}` and `{:#?}` run it (the alternate flag is the impl's to use or not).
use std::fmt;

struct Secret {
    user: String,
    password: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret {{ user: {:?}, password: \"***\" }}", self.user)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} ({} chars hidden)", self.user, self.password.len())
    }
}

fn main() {
    let s = Secret { user: String::from("ann"), password: String::from("hunter2") };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{} / {:?}", s, s);
}
