# Family D: pull-request descriptions. House format:
# ## Summary / ## Motivation / ## Changes / ## Testing / ## Breaking changes / ## Checklist
# - [x] Tests added or updated
# - [x|space] Documentation updated
# - [x|space] Changelog entry added
# Closes #N  (or Refs #N; omitted when no issue)
EX = []


def D(user, out, split="train"):
    EX.append(dict(family="pr", split=split, user=user, assistant=out.strip()))


def pr(summary, motivation, changes, testing, breaking, tests, docs, changelog, footer=None):
    s = f"## Summary\n{summary}\n\n## Motivation\n{motivation}\n\n## Changes\n" + "\n".join(f"- {c}" for c in changes)
    s += "\n\n## Testing\n" + "\n".join(f"- {t}" for t in testing)
    s += "\n\n## Breaking changes\n" + ("None." if not breaking else "\n".join(f"- {b}" for b in breaking))
    s += "\n\n## Checklist\n"
    s += f"- [{'x' if tests else ' '}] Tests added or updated\n- [{'x' if docs else ' '}] Documentation updated\n- [{'x' if changelog else ' '}] Changelog entry added"
    if footer:
        s += "\n\n" + footer
    return s


D("""Write a PR description. Repo: tidepool. I fixed the negative phase bug (#412) by using rem_euclid in phase_at. Added 3 regression tests for t<0. No docs change. Added changelog entry.""",
pr("Fix negative constituent phases for times before the epoch in `phase_at`.",
   "For negative times, `%` returned negative phases, which broke interpolation between constituents (#412).",
   ["Use `rem_euclid(360.0)` instead of `% 360.0` in `phase_at`."],
   ["Added three regression tests covering `t < 0`."], [], True, False, True, "Closes #412"))

D("""PR description please:
project parcel-tracker
- webhook retries w/ exponential backoff, max 5, base 0.5s, jitter
- new setting WEBHOOK_MAX_RETRIES (default 5)
- updated docs/webhooks.md
- tests: unit tests for backoff calc + integration test with a flaky receiver
- issue 88""",
pr("Retry failed webhook deliveries with exponential backoff.",
   "Deliveries that failed because of transient receiver errors were dropped after one attempt (#88).",
   ["Retry failed deliveries up to 5 times with exponential backoff (base 0.5 s, with jitter).",
    "Add the `WEBHOOK_MAX_RETRIES` setting (default 5).", "Document retries in `docs/webhooks.md`."],
   ["Unit tests for the backoff calculation.", "Integration test against a flaky receiver."], [], True, True, False, "Closes #88"))

D("""Hey, can you draft the PR body for my lumen-http change? It renames the `max_conn` option to `max_connections` and deletes the old name (so it's breaking). Issue #231. I updated the README and the example configs, and the changelog. Tests: updated config parsing tests.""",
pr("Rename the `max_conn` option to `max_connections`.",
   "The abbreviated name was inconsistent with the other connection settings (#231).",
   ["Rename `max_conn` to `max_connections`.", "Remove the old `max_conn` name.", "Update the README and example configurations."],
   ["Updated the config parsing tests."],
   ["`max_conn` is no longer accepted; configurations must use `max_connections`."], True, True, True, "Closes #231"))

D("""PR desc: orbit-scheduler, move job list pagination to SQL (LIMIT/OFFSET). perf p95 1.8s -> 140ms on staging. tested with existing API tests + a load test with k6. refs #77 (not closing it, there's a follow-up for the count query)""",
pr("Paginate the job list in the database instead of in memory.",
   "The job list endpoint loaded every job before paginating, so p95 latency on staging was 1.8 s (#77).",
   ["Apply LIMIT/OFFSET in the SQL query for the job list."],
   ["Existing API tests pass.", "k6 load test on staging: p95 latency dropped from 1.8 s to 140 ms."],
   [], False, False, False, "Refs #77"))

D("""Write a PR description for marmot-db: WAL reader now rejects records with len > WAL_MAX_RECORD and returns WAL_CORRUPT; logs a warning. Fixes #1290 (OOM on corrupted WAL). Added a fuzz corpus entry and a unit test. changelog updated.""",
pr("Reject WAL records whose length exceeds `WAL_MAX_RECORD`.",
   "A corrupted length field made the WAL reader try to allocate gigabytes of memory and crash with OOM (#1290).",
   ["Return `WAL_CORRUPT` from `wal_read_record` when `hdr.len > WAL_MAX_RECORD`.", "Log a warning with the offending length."],
   ["New unit test with a corrupted header.", "Added a fuzz corpus entry for the oversized-record case."], [], True, False, True, "Closes #1290"))

D("""pr body pls. keystone-api: session lifetime 30 days -> 12 hours (security review finding SEC-14, our issue #903). breaking for clients. mobile team already notified. tests updated, docs/auth.md updated, changelog done.""",
pr("Shorten the session lifetime from 30 days to 12 hours.",
   "Security review finding SEC-14 flagged the 30-day session lifetime as too long (#903).",
   ["Set the session expiry in `NewSession` to 12 hours.", "Update `docs/auth.md`."],
   ["Updated session tests for the new expiry."],
   ["Sessions expire after 12 hours; clients must handle re-authentication. The mobile team has been notified."], True, True, True, "Closes #903"))

D("""Draft a PR description. inkwell-editor. Bumped the documented min Node version to 20 in docs/install.md. That's all.""",
pr("Update the documented minimum Node.js version to 20.",
   "The install guide still listed Node 16.",
   ["Change the requirement in `docs/install.md` to Node 20 or newer."],
   ["Documentation only; no code changes."], [], False, True, False))

D("""I need a PR description for the gravel static site generator:
* parallel markdown rendering using rayon
* full docs build 9.4s -> 3.1s on an 8-core laptop
* output is byte-identical (checked with diff -r on the docs site)
* closes #77, closes #79 (79 was a dup)""",
pr("Render markdown pages in parallel.",
   "Full builds were slow because pages were rendered sequentially (#77, #79).",
   ["Render markdown pages in parallel with rayon."],
   ["Full build of the docs site: 9.4 s before, 3.1 s after (8-core laptop).", "Output is byte-identical: `diff -r` of both builds shows no differences."],
   [], False, False, False, "Closes #77\nCloses #79"))

D("""PR description for fernlog dropping python 3.8. requires-python >=3.9, removed 3.8 CI job, removed two compat shims for 3.8 (typing_extensions imports). issue 140. changelog yes, docs yes (install page).""",
pr("Drop support for Python 3.8.",
   "Python 3.8 support is being dropped (#140).",
   ["Set `requires-python = \">=3.9\"` in pyproject.toml.", "Remove the Python 3.8 CI job.", "Remove two Python 3.8 compatibility shims (`typing_extensions` imports).", "Update the install page."],
   ["CI passes on the remaining Python versions."],
   ["fernlog no longer installs on Python 3.8."], False, True, True, "Closes #140"))

D("""Write a PR description. Repo: cobalt-router. Added `routes sync --dry-run`. Prints a diff of the routing table. Unit tests + a golden-file test for the output. Updated CLI docs. Issue 356.""",
pr("Add a `--dry-run` flag to `routes sync`.",
   "Operators want to preview routing table changes before applying them (#356).",
   ["Add `--dry-run` to `routes sync`.", "Print a diff of the routing table instead of applying it.", "Update the CLI documentation."],
   ["Unit tests for the flag.", "Golden-file test for the dry-run output."], [], True, True, False, "Closes #356"))

D("""PR text for the revert of fuzzy-by-default in shelfie (#402). just a revert of 3f9a2c1, query time doubled in prod. no tests changed.""",
pr("Revert enabling fuzzy matching by default.",
   "Enabling fuzzy matching by default (3f9a2c1) doubled query time in production (#402).",
   ["Revert 3f9a2c1 \"feat(search): enable fuzzy matching by default\"."],
   ["No test changes; the revert restores the previous behaviour covered by existing tests."], [], False, False, False, "Closes #402"))

D("""Can you write the PR description for this? Repo: weather-kiosk

```diff
-export const REFRESH_MS = 60_000;
+export const REFRESH_MS = Number(process.env.KIOSK_REFRESH_MS ?? 60_000);
```
plus README section "Configuration". no tests. issue #19""",
pr("Make the kiosk refresh interval configurable.",
   "Operators could not change how often the kiosk refreshes (#19).",
   ["Read the refresh interval from `KIOSK_REFRESH_MS`, defaulting to 60 000 ms.", "Add a \"Configuration\" section to the README."],
   ["Not covered by automated tests."], [], False, True, False, "Closes #19"))

D("""PR description: hive-metrics — add go vet and staticcheck to the test workflow. fixed the 6 staticcheck findings it reported (unused vars, one deprecated ioutil call). #64""",
pr("Run `go vet` and `staticcheck` in CI.",
   "Static analysis was not part of CI (#64).",
   ["Run `go vet ./...` and `staticcheck ./...` in the test workflow.", "Fix the six existing staticcheck findings (unused variables, one deprecated `ioutil` call)."],
   ["The workflow passes with both tools enabled."], [], False, False, False, "Closes #64"))

D("""pr body. acme-portal. skip invoices for zero-amount orders in billing module. regression test added. co-authored with Priya. issue 1502. changelog added""",
pr("Skip invoices for zero-amount orders.",
   "Customers received invoices for orders with a total of zero (#1502).",
   ["Do not send an invoice when the order amount is zero."],
   ["Added a regression test for zero-amount orders."], [], True, False, True, "Closes #1502"))

D("""Draft a PR description for sparrow-agent: change default log level debug -> info. Users can set LOG_LEVEL=debug. Breaking-ish. No issue. updated README and changelog, adjusted 2 tests that asserted debug output.""",
pr("Change the default log level from debug to info.",
   "Debug output by default is too noisy for production use.",
   ["Default the log level to `info`.", "Document `LOG_LEVEL=debug` in the README."],
   ["Adjusted two tests that asserted debug output."],
   ["Debug logs are no longer printed by default; set `LOG_LEVEL=debug` to restore them."], True, True, True))

D("""Write the PR description. harbor-ui: extracted DatePicker from SettingsPage into src/components/DatePicker.tsx, moved styles, no behaviour change. snapshot tests still pass, added a storybook story. refs #1190""",
pr("Extract the date picker from `SettingsPage` into a reusable component.",
   "The date picker was embedded in `SettingsPage` and could not be reused (#1190).",
   ["Move the date picker into `src/components/DatePicker.tsx`.", "Move its styles next to the component.", "Add a Storybook story."],
   ["Existing snapshot tests pass; no behaviour change."], [], False, False, False, "Refs #1190"))

D("""PR description for libsnappr: bump bundled zlib 1.2.13 -> 1.3.1 (CVE-2023-45853). full test suite + ran the compression benchmarks, no regression. changelog updated. issue #611""",
pr("Update the bundled zlib from 1.2.13 to 1.3.1.",
   "zlib 1.3.1 fixes CVE-2023-45853 (#611).",
   ["Bump the bundled zlib to 1.3.1."],
   ["Full test suite passes.", "Compression benchmarks show no regression."], [], False, False, True, "Closes #611"))

D("""pls write PR desc, driftwood (rust): `Pool::new` now takes a `Config` struct instead of (min, max, timeout). breaking. migration example in the docs. all tests updated. #227""",
pr("Make `Pool::new` take a `Config` struct.",
   "Three positional arguments were easy to mix up and hard to extend (#227).",
   ["Change `Pool::new(min, max, timeout)` to `Pool::new(config: Config)`.", "Add a migration example to the documentation."],
   ["Updated all tests to the new constructor."],
   ["`Pool::new` takes a `Config` struct; calls with three positional arguments no longer compile."], True, True, False, "Closes #227"))

D("""PR description for koala-ml: new `fit_partial()` for streaming data. Added tests with a synthetic stream. Docs page "Streaming training" added. Issue #288. No changelog yet, I'll add it later.""",
pr("Add `fit_partial()` for training on streaming data.",
   "Training required the whole dataset in memory (#288).",
   ["Add `fit_partial()`.", "Add the \"Streaming training\" documentation page."],
   ["Tests with a synthetic data stream."], [], True, True, False, "Closes #288"))

D("""write PR description. tally-app. session cookie SameSite=Strict. note: this breaks the old embedded widget on partner sites which relied on cross-site cookies; partners were told on 2026-02-01. security ticket #77.""",
pr("Set the session cookie to `SameSite=Strict`.",
   "Security hardening of the session cookie (#77).",
   ["Set `SameSite=Strict` on the session cookie."],
   ["TODO(testing done)"],
   ["The old embedded widget on partner sites, which relied on cross-site cookies, stops working. Partners were informed on 2026-02-01."], False, False, False, "Closes #77"))

D("""PR description: atlas-api, removes v1 search (#877). that endpoint has been deprecated for a year. removed related tests, updated OpenAPI spec, changelog entry added.""",
pr("Remove the deprecated `/v1/users/search` endpoint.",
   "The endpoint has been deprecated for a year and is replaced by its v2 counterpart (#877).",
   ["Remove `/v1/users/search`.", "Remove its tests.", "Update the OpenAPI specification."],
   ["Remaining API test suite passes."],
   ["`/v1/users/search` returns 404; clients must use the v2 search endpoint."], True, True, True, "Closes #877"))

D("""Make a PR description from these notes — pebble-cli — fish completions (#31) — generated by the same code as bash/zsh — tested manually in fish 3.7""",
pr("Add shell completions for fish.",
   "fish users had no completions (#31).",
   ["Generate fish completions with the same code that produces the bash and zsh completions."],
   ["Tested manually in fish 3.7."], [], False, False, False, "Closes #31"))

# ---------------- validation
D("""PR description: photon-uploader, raise upload timeout 5s -> 15s, large files failed on slow links. #44. changelog added.""",
pr("Raise the upload timeout from 5 s to 15 s.",
   "Large uploads failed on slow links (#44).",
   ["Increase `TIMEOUT` from 5000 ms to 15000 ms."],
   ["TODO(testing done)"], [], False, False, True, "Closes #44"), split="validation")

D("""Write a PR description for driftwood: fix race where two threads could check out the same connection (#233). Free list now behind a Mutex. Added a stress test with 64 threads.""",
pr("Fix a race that let two threads check out the same connection.",
   "Concurrent checkouts could return the same connection to two threads (#233).",
   ["Guard the connection pool's free list with a `Mutex`."],
   ["New stress test with 64 threads."], [], True, False, False, "Closes #233"), split="validation")

D("""pr body: mailroom — DKIM signing for outgoing mail. new config keys DKIM_SELECTOR and DKIM_KEY_PATH. docs updated. tests: signature verified with opendkim-testmsg. issue 295""",
pr("Sign outgoing mail with DKIM.",
   "Outgoing mail was not DKIM-signed, which hurts deliverability (#295).",
   ["Add DKIM signing for outgoing mail.", "Add the `DKIM_SELECTOR` and `DKIM_KEY_PATH` configuration keys.", "Update the documentation."],
   ["Verified signatures with `opendkim-testmsg`."], [], False, True, False, "Closes #295"), split="validation")

D("""PR desc for nimbus-sdk — deprecate Client.connectLegacy() (emits a warning now), will be removed in next major. #512. docs + changelog updated.""",
pr("Deprecate `Client.connectLegacy()`.",
   "`connectLegacy()` is being phased out and will be removed in the next major release (#512).",
   ["Emit a deprecation warning from `Client.connectLegacy()`.", "Document the deprecation."],
   ["TODO(testing done)"], [], False, True, True, "Closes #512"), split="validation")

D("""Draft PR description for ledger-cli: csv export (`export --format csv`), RFC 4180 quoting, tests with fields containing commas and newlines. closes 48.""",
pr("Add CSV export with `export --format csv`.",
   "Only JSON export was available (#48).",
   ["Add `--format csv` to the `export` command.", "Quote fields according to RFC 4180."],
   ["Tests with fields that contain commas and newlines."], [], True, False, False, "Closes #48"), split="validation")
