// main() processes jobs, recovering from each kind of failure and reporting a summary.
console.log("loading job runner");

function runJob(job) {
  switch (job.kind) {
    case "divide":
      if (job.b === 0) throw new RangeError("division by zero in " + job.id);
      return job.a / job.b;
    case "lookup":
      return job.table[job.key].value;
    case "call":
      return job.fn();
    case "custom":
      throw { code: job.code };
    default:
      throw new TypeError("unknown kind: " + job.kind);
  }
}

export function main() {
  const jobs = [
    { id: "j1", kind: "divide", a: 10, b: 4 },
    { id: "j2", kind: "divide", a: 1, b: 0 },
    { id: "j3", kind: "lookup", table: { k: { value: "found" } }, key: "k" },
    { id: "j4", kind: "lookup", table: {}, key: "missing" },
    { id: "j5", kind: "call", fn: () => "called" },
    { id: "j6", kind: "call", fn: undefined },
    { id: "j7", kind: "custom", code: 503 },
    { id: "j8", kind: "teleport" },
  ];
  const summary = { ok: 0, failed: 0 };
  for (const job of jobs) {
    try {
      const r = runJob(job);
      summary.ok++;
      console.log(job.id, "ok", r);
    } catch (e) {
      summary.failed++;
      if (e instanceof RangeError) console.log(job.id, "range:", e.message);
      else if (e instanceof TypeError && job.kind === "call") console.log(job.id, "type error (call)", e.name);
      else if (e instanceof TypeError) console.log(job.id, "type:", e.message);
      else console.log(job.id, "non-error thrown:", e);
    } finally {
      if (job.id === "j8") console.log("all jobs attempted");
    }
  }
  console.log(summary);
}
