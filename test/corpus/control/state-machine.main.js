// A traffic-light and a tokenizer state machine driven by switch statements inside main().
function nextLight(state, event) {
  switch (state) {
    case "red":
      return event === "timer" ? "green" : state;
    case "green":
      if (event === "timer") return "yellow";
      if (event === "emergency") return "red";
      return state;
    case "yellow":
      return event === "timer" || event === "emergency" ? "red" : state;
    default:
      return "red";
  }
}

function tokenize(src) {
  const tokens = [];
  let state = "start";
  let buf = "";
  for (let i = 0; i <= src.length; i++) {
    const ch = i < src.length ? src[i] : "\n";
    const isDigit = ch >= "0" && ch <= "9";
    const isAlpha = (ch >= "a" && ch <= "z") || ch === "_";
    switch (state) {
      case "num":
        if (isDigit || ch === ".") {
          buf += ch;
          continue;
        }
        tokens.push("NUM(" + buf + ")");
        break;
      case "ident":
        if (isAlpha || isDigit) {
          buf += ch;
          continue;
        }
        tokens.push("ID(" + buf + ")");
        break;
    }
    state = "start";
    buf = "";
    if (isDigit) {
      state = "num";
      buf = ch;
    } else if (isAlpha) {
      state = "ident";
      buf = ch;
    } else if (ch !== " " && ch !== "\n") {
      tokens.push("OP(" + ch + ")");
    }
  }
  return tokens;
}

export function main() {
  const events = ["timer", "timer", "noop", "timer", "timer", "emergency", "timer", "emergency", "bogus"];
  let state = "red";
  const trail = [state];
  for (const e of events) {
    state = nextLight(state, e);
    trail.push(state);
  }
  console.log(trail.join(" -> "));
  console.log(nextLight("purple", "timer"));
  console.log(tokenize("x1 = 3.14 * (rate_2 + 10)"));
  console.log(tokenize(""), tokenize("42"), tokenize("a+b"));
}
