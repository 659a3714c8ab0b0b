// Checks the Book's IpAddr enum with tuple-variant payloads of different types and a match formatting each.
#[derive(Debug)]
enum IpAddr {
    V4(u8, u8, u8, u8),
    V6(String),
}

fn show(ip: &IpAddr) -> String {
    match ip {
        IpAddr::V4(a, b, c, d) => format!("{a}.{b}.{c}.{d}"),
        IpAddr::V6(s) => s.clone(),
    }
}

fn main() {
    let home = IpAddr::V4(127, 0, 0, 1);
    let loopback = IpAddr::V6(String::from("::1"));
    println!("{} {}", show(&home), show(&loopback));
    println!("{:?} {:?}", home, loopback);
    let list = [IpAddr::V4(10, 0, 0, 255), IpAddr::V6(String::from("fe80::1"))];
    for ip in &list {
        if let IpAddr::V4(_, _, _, last) = ip {
            println!("last octet {last}");
        }
    }
}
