import { readFileSync } from "node:fs";
import { findInformationRequests } from "./src/signals/information-requests";
const [E, P, ...ds] = process.argv.slice(2);
for (const d of ds) {
  const r = JSON.parse(readFileSync(`/work/eval/${d}/last.json`, "utf8"));
  for (const m of r.mistakes) if (m.expected === E && m.predicted === P) console.log(d.slice(0, 10), "|", m.query.replace(/\n/g, " ").slice(0, 200), "\n    ->", JSON.stringify(findInformationRequests(m.query)));
}
