import type { DistributionReport, Percentiles } from "../hygiene/distribution-report";
import type { ManifestEntry, PrepareManifest } from "./manifest";

const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map((cell) => String(cell).replaceAll("|", "\\|").replaceAll("\n", " ")).join(" | ")} |`)].join("\n");

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const spread = (values: Percentiles) => `${values.min} / ${values.p10} / ${values.p50} / ${values.p90} / ${values.p99} / ${values.max}`;
const location = (entry: { file: string; line: number }) => `${entry.file}:${entry.line}`;

function distributionRows(distribution: Record<string, DistributionReport>): string {
  const sides = Object.keys(distribution);
  const row = (label: string, value: (report: DistributionReport) => string | number) => [label, ...sides.map((side) => value(distribution[side] as DistributionReport))];
  return table(
    ["", ...sides],
    [
      row("examples", (report) => report.examples),
      row("messages per example (min / p10 / p50 / p90 / p99 / max)", (report) => spread(report.messagesPerExample)),
      row("characters per example", (report) => spread(report.characters.example)),
      row("assistant characters per example", (report) => spread(report.characters.assistant)),
      ...(Object.values(distribution)[0]?.tokens
        ? [row("tokens per example", (report) => (report.tokens ? spread(report.tokens.example) : "")), row("assistant tokens", (report) => (report.tokens ? spread(report.tokens.assistant) : ""))]
        : []),
      row("missing system message", (report) => report.missingSystem),
      row("missing user message", (report) => report.missingUser),
      row("refusals", (report) => `${report.refusals.count} (${percent(report.refusals.share)})`),
      row("distinct system prompts", (report) => report.systemPrompts.distinct),
    ],
  );
}

function entryLine(entry: ManifestEntry): string {
  return `- \`${location(entry)}${entry.pointer ? ` ${entry.pointer}` : ""}\` **${entry.action}** ${entry.ruleId} ${entry.reason}: ${entry.message}`;
}

/** The readable report written beside the manifest (`report.md`). */
export function renderManifestReport(manifest: PrepareManifest, options: { maxEntries?: number } = {}): string {
  const maxEntries = options.maxEntries ?? 200;
  const { counts, hygiene } = manifest;
  const near = hygiene.nearDuplicates as { clusters: { members: { file: string; line: number }[]; pairs: { similarity: number }[] }[]; bands: number; rows: number; threshold: number; lshThreshold: number; candidatePairs: number };
  const conflicts = hygiene.conflicts as { groups: { kind: string; prompt: string; answers: number; members: { file: string; line: number }[] }[] };
  const contamination = hygiene.contamination as {
    method: string;
    heldOutItems: number;
    minimumOverlap: number;
    trainingExamplesOverlapping: number;
    trainingExamplesPartial: number;
    validationExamplesFlagged: number;
    tooShortToCheck: { set: string; file: string; line: number }[];
    templateTextIgnored: { text: string; trainingExamples: number }[];
  };
  const pii = hygiene.pii as { mode: string; examples: number; counts: Record<string, { occurrences: number; distinct: number }> };
  const sections: string[] = [];
  sections.push(
    "# Dataset preparation report",
    `Created ${manifest.createdAt} by \`tandem data prepare\` (seed ${String(manifest.options.seed)}). Every number below is in \`manifest.json\`, with one entry per dropped, masked, fixed or flagged example.`,
    "## Summary",
    table(
      ["", "examples"],
      [
        ["read (train + validation inputs)", counts.input],
        ["kept", `${counts.kept} (${Object.entries(counts.keptBySide).map(([side, count]) => `${side} ${count}`).join(", ")})`],
        ["dropped", counts.dropped],
      ],
    ),
    `Check: ${counts.input} read = ${counts.kept} kept + ${counts.dropped} dropped.`,
    "## Inputs and outputs",
    table(
      ["role", "file", "examples", "blank lines", "invalid", "sha256"],
      [...manifest.inputs.map((input) => [input.role, input.file, input.examples, input.blankLines, input.invalid, input.sha256.slice(0, 16)]), ...manifest.outputs.map((output) => [`output: ${output.side}`, output.file, output.examples, "", "", output.sha256.slice(0, 16)])],
    ),
  );
  const reasons = Object.entries(counts.byReason).sort((left, right) => right[1] - left[1]);
  sections.push("## What was done, by reason", reasons.length === 0 ? "Nothing was dropped, masked, fixed or flagged." : table(["action / reason", "entries"], reasons));

  const split = manifest.split as { sizes: Record<string, number>; strata?: Record<string, Record<string, number>>; groups?: { count: number; largest: number; withoutKey: number; spanningStrata: number } };
  sections.push("## Split", table(["side", "examples"], Object.entries(split.sizes)));
  if (split.strata && Object.keys(split.strata).length > 1) {
    const sides = Object.keys(split.sizes);
    sections.push(table(["stratum", ...sides], Object.entries(split.strata).map(([stratum, bySide]) => [stratum, ...sides.map((side) => bySide[side] ?? 0)])));
  }
  if (split.groups) {
    sections.push(`${split.groups.count} groups (largest ${split.groups.largest}); ${split.groups.withoutKey} example(s) without a group key (each its own group); ${split.groups.spanningStrata} group(s) span several strata. No group is on two sides.`);
  }

  sections.push(
    "## Duplicates",
    `Near-duplicates: MinHash-LSH (${near.bands} bands × ${near.rows} rows, S-curve ≈ ${near.lshThreshold.toFixed(2)}), ${near.candidatePairs} candidate pair(s), confirmed at Jaccard ≥ ${near.threshold}: ${near.clusters.length} cluster(s).`,
    ...near.clusters.slice(0, 20).map((cluster) => `- ${cluster.members.map(location).join(", ")} (Jaccard ${cluster.pairs.map((pair) => pair.similarity.toFixed(2)).join(", ")})`),
    near.clusters.length > 20 ? `- … ${near.clusters.length - 20} more in manifest.json` : "",
    "## Conflicting labels",
    conflicts.groups.length === 0 ? "No prompt is taught with different answers." : conflicts.groups.slice(0, 20).map((group) => `- ${group.members.map(location).join(", ")}: ${group.answers} answers to “${group.prompt.slice(0, 100)}”`).join("\n"),
    "## Overlap with validation and eval data",
    `Method: ${contamination.method}; ${contamination.heldOutItems} held-out item(s) checked; ${contamination.trainingExamplesOverlapping} training example(s) contain at least ${contamination.minimumOverlap * 100}% of a held-out item; ${contamination.trainingExamplesPartial} share less (flagged only); ${contamination.validationExamplesFlagged} validation example(s) overlap eval items.`,
    contamination.tooShortToCheck.length > 0 ? `${contamination.tooShortToCheck.length} held-out item(s) are too short to check by overlap (listed in manifest.json).` : "",
    contamination.templateTextIgnored.length > 0
      ? `Ignored as template text (shared by many training examples):\n${contamination.templateTextIgnored.slice(0, 5).map((item) => `- “${item.text}” (${item.trainingExamples} training examples)`).join("\n")}`
      : "",
    "## PII and secrets",
    `Mode: ${pii.mode}; ${pii.examples} example(s) contain PII or secrets.`,
    table(["kind", "occurrences", "distinct (placeholders)"], Object.entries(pii.counts).map(([kind, count]) => [kind, count.occurrences, count.distinct])),
    "## Distribution",
    distributionRows(hygiene.distribution as Record<string, DistributionReport>),
  );
  if (manifest.findings.length > 0) sections.push("## Findings", manifest.findings.map((finding) => `- ${finding.severity} ${finding.ruleId}: ${finding.message}${finding.hint ? ` — ${finding.hint}` : ""}`).join("\n"));
  sections.push(
    "## Every entry",
    manifest.entries.length === 0 ? "None." : manifest.entries.slice(0, maxEntries).map(entryLine).join("\n"),
    manifest.entries.length > maxEntries ? `\n… and ${manifest.entries.length - maxEntries} more in manifest.json.` : "",
  );
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`;
}
