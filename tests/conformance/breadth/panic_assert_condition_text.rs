// Checks that a failing assert! without a message prints `assertion failed:` followed by the condition's source text.
fn main() {
    let balance: i64 = 50;
    let withdrawals = [20, 20, 20];
    let mut left = balance;
    for w in withdrawals {
        left -= w;
        println!("left {left}");
        assert!(left >= 0 && left <= balance);
    }
}
