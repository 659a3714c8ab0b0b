fn main() {
    let x: i32 = -17;
    println!("{} {} {} {}", x / 5, x % 5, x.rem_euclid(5), x.div_euclid(5));
    println!("{} {}", (x as u32), (-1i8) as u8 as i32);
    println!("{:?} {:?}", 0.1 + 0.2, 1e21);
    println!("{} {}", f64::NAN, -0.0f64);
    println!("{:5}|{:<5}|{:^5}|{:>5}", 'x', true, "ab", 1.5);
    println!("{:?}", "tab\there \"q\" \u{7f} é");
    println!("{:?}", ('a', 1u8, [1.0f32; 2], (), Some("x")));
    let v: Vec<Option<i32>> = vec![Some(1), None];
    println!("{:#?}", v);
    println!("{}", i64::MAX.count_ones() + 3u32.pow(4) + 2u32.leading_zeros());
    println!("{}", u64::MAX as f32);
    println!("{}", 255u8 as i8);
    println!("{}", 300i32 as u8);
    println!("{}", -1.5f64 as u8);
    println!("{}", 3.99f64 as i32);
    println!("{:.0} {:.0} {:.1}", 0.5, 1.5, 0.25);
}
