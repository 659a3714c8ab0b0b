// Checks two owners sharing an Rc<RefCell<Account>> where each owner mutates it through borrow_mut in methods.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
    log: Vec<String>,
}

struct Card {
    holder: String,
    account: Rc<RefCell<Account>>,
}

impl Card {
    fn spend(&self, amount: i64) -> bool {
        let mut acct = self.account.borrow_mut();
        if acct.balance < amount {
            acct.log.push(format!("{} declined {}", self.holder, amount));
            return false;
        }
        acct.balance -= amount;
        acct.log.push(format!("{} spent {}", self.holder, amount));
        true
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(Account { balance: 100, log: Vec::new() }));
    let alice = Card { holder: String::from("alice"), account: Rc::clone(&shared) };
    let bob = Card { holder: String::from("bob"), account: Rc::clone(&shared) };
    println!("{} {} {}", alice.spend(30), bob.spend(50), alice.spend(40));
    println!("balance {}", shared.borrow().balance);
    println!("{:#?}", shared.borrow().log);
    println!("owners {}", Rc::strong_count(&shared));
}
