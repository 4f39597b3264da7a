import { spawn } from "node:child_process";
import { ChromaClient } from "chromadb";
import { startChromaServer } from "./src/chroma/chroma-server";
const server = await startChromaServer({ dataDir: "/tmp/expchroma" + Date.now() });
const client = new ChromaClient({ host: server.host, port: server.port });
const dims = 512;
const vec = (i: number) => Array.from({ length: dims }, (_, j) => Math.sin(i + j));
const c = await client.getOrCreateCollection({ name: "exp-one", embeddingFunction: null });
await c.upsert({ ids: ["a"], embeddings: [vec(0)] });
console.log("first ok");
// child that sends an upsert and gets killed mid-flight
const script = `
import { ChromaClient } from "chromadb";
const client = new ChromaClient({ host: "${server.host}", port: ${server.port} });
const c = await client.getOrCreateCollection({ name: "exp-one", embeddingFunction: null });
const ids = Array.from({length: 256}, (_, i) => "k" + i);
const p = c.upsert({ ids, embeddings: ids.map((_, i) => Array.from({length: ${dims}}, (_, j) => Math.cos(i + j))) });
setTimeout(() => process.stderr.write("sent\\n"), 5);
await p; process.stderr.write("done\\n");
`;
const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "inherit", "pipe"], cwd: process.cwd() });
await new Promise<void>((resolve) => child.stderr.on("data", (d) => { process.stdout.write("child: " + d); if (String(d).includes("sent")) { child.kill("SIGKILL"); resolve(); } }));
await new Promise((r) => setTimeout(r, 500));
for (let i = 0; i < 3; i++) {
  try { await c.upsert({ ids: ["b" + i], embeddings: [vec(i + 1)] }); console.log("after kill upsert ok", await c.count()); }
  catch (e) { console.log("after kill error", (e as Error).message); }
  await new Promise((r) => setTimeout(r, 1000));
}
await server.stop();
