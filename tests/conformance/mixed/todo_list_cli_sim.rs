// Checks a todo-list simulation: commands parsed from &str lines with split_whitespace, a Vec of structs edited by index, and Result errors.
#[derive(Debug)]
struct Todo {
    id: usize,
    text: String,
    done: bool,
}

fn run(todos: &mut Vec<Todo>, line: &str) -> Result<String, String> {
    let mut parts = line.split_whitespace();
    let cmd = parts.next().ok_or("empty command")?;
    match cmd {
        "add" => {
            let text: Vec<&str> = parts.collect();
            if text.is_empty() {
                return Err("nothing to add".to_string());
            }
            let id = todos.len() + 1;
            todos.push(Todo { id, text: text.join(" "), done: false });
            Ok(format!("added #{}", id))
        }
        "done" => {
            let id: usize = parts.next().ok_or("missing id")?.parse().map_err(|_| "bad id".to_string())?;
            let t = todos.iter_mut().find(|t| t.id == id).ok_or(format!("no #{}", id))?;
            t.done = true;
            Ok(format!("completed '{}'", t.text))
        }
        "list" => {
            let mut out = String::new();
            for t in todos.iter() {
                out += &format!("[{}] {} {}\n", if t.done { 'x' } else { ' ' }, t.id, t.text);
            }
            Ok(out.trim_end().to_string())
        }
        other => Err(format!("unknown command {:?}", other)),
    }
}

fn main() {
    let mut todos = Vec::new();
    let script = ["add buy milk", "add", "add call   mom", "done 1", "done x", "done 9", "", "jump", "list"];
    for line in script {
        match run(&mut todos, line) {
            Ok(msg) => println!("{}", msg),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?}", todos.last());
}
