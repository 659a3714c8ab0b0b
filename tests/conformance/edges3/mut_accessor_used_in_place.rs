// Near miss: each `*self.account(i)` is used at once, so the borrows never overlap.
struct Bank { accounts: Vec<i64> }
impl Bank {
    fn account(&mut self, i: usize) -> &mut i64 { &mut self.accounts[i] }
    fn transfer(&mut self, from: usize, to: usize, amt: i64) {
        *self.account(from) -= amt;
        *self.account(to) += amt;
    }
}
fn main() {
    let mut bank = Bank { accounts: vec![10, 20] };
    bank.transfer(0, 1, 5);
    println!("{:?}", bank.accounts);
}
