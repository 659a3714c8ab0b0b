// A struct holding HashMap<String, Vec<String>> (the Book's employee exercise), or_default counts, sorted output.
use std::collections::{HashMap, HashSet};

struct Registry {
    by_dept: HashMap<String, Vec<String>>,
}

impl Registry {
    fn add(&mut self, dept: &str, name: &str) {
        self.by_dept.entry(dept.to_string()).or_insert_with(|| Vec::new()).push(name.to_string());
    }
    fn people(&self, dept: &str) -> Vec<String> {
        let mut v = self.by_dept.get(dept).cloned().unwrap_or_default();
        v.sort();
        v
    }
}

fn main() {
    let mut r = Registry { by_dept: HashMap::new() };
    r.add("eng", "sally");
    r.add("eng", "amir");
    r.add("sales", "bo");
    println!("{:?} {:?}", r.people("eng"), r.people("ops"));
    let mut depts: Vec<_> = r.by_dept.keys().cloned().collect();
    depts.sort();
    println!("{:?}", depts);
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_default() += 1;
    }
    let mut pairs: Vec<(char, usize)> = counts.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    let s: HashSet<i32> = vec![1, 2, 2, 3].into_iter().collect();
    println!("{}", s.len());
}
