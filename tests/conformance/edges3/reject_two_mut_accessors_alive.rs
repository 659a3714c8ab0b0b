// E0499: two `&mut i64` from `self.account(..)` alive at once in a method.
struct Bank { accounts: Vec<i64> }
impl Bank {
    fn account(&mut self, i: usize) -> &mut i64 { &mut self.accounts[i] }
    fn transfer(&mut self, from: usize, to: usize, amt: i64) {
        let a = self.account(from);
        let b = self.account(to);
        *a -= amt;
        *b += amt;
    }
}
fn main() {
    let mut bank = Bank { accounts: vec![10, 20] };
    bank.transfer(0, 1, 5);
    println!("{:?}", bank.accounts);
}
