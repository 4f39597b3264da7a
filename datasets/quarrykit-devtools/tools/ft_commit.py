# Family A: conventional commit messages. House format:
# ```text
# type(scope): subject            <- imperative, lowercase, no period, <= 60 chars; "!" before ":" if breaking
#
# Why:
# <1-3 sentences>
#
# What:
# - <change>
#
# Refs: #N | Refs: none
# [BREAKING CHANGE: ...]
# [Co-authored-by: ...]
# ```
EX = []


def A(user, msg, split="train"):
    EX.append(dict(family="commit", split=split, user=user, assistant="```text\n" + msg.strip() + "\n```"))


A("""Write a commit message for this diff. Fixes issue 412 in the tidepool repo (Rust crate for tide prediction).

```diff
--- a/src/harmonics.rs
+++ b/src/harmonics.rs
@@ -88,7 +88,7 @@ pub fn phase_at(t: f64, c: &Constituent) -> f64 {
-    (c.speed * t + c.phase) % 360.0
+    (c.speed * t + c.phase).rem_euclid(360.0)
 }
```
Negative times produced negative phases which broke the interpolation.""",
"""fix(harmonics): keep constituent phase in the 0-360 range

Why:
For negative times `%` returned negative phases, which broke the
interpolation between harmonic constituents.

What:
- use `rem_euclid(360.0)` in `phase_at` so the phase is always
  non-negative

Refs: #412""")

A("""commit msg pls: added retry with exponential backoff to the webhook sender in parcel-tracker (python). max 5 attempts, base delay 0.5s, jitter. closes #88""",
"""feat(webhooks): retry failed deliveries with exponential backoff

Why:
Transient receiver errors caused webhook deliveries to be dropped
after a single attempt.

What:
- retry failed deliveries up to 5 times
- exponential backoff starting at 0.5 s with random jitter

Refs: #88""")

A("""Can you write a conventional commit for the following change? We renamed the config option `max_conn` to `max_connections` in the lumen-http Go server and removed the old name entirely. That's a breaking change for anyone using the old option. Issue #231. Pair-programmed with Dana Whitfield <dana@lumen.dev>.""",
"""refactor(config)!: rename max_conn option to max_connections

Why:
The abbreviated option name was inconsistent with every other
connection-related setting.

What:
- rename the `max_conn` option to `max_connections`
- remove the old `max_conn` name

Refs: #231
BREAKING CHANGE: the `max_conn` option is no longer recognised; use
`max_connections` instead.
Co-authored-by: Dana Whitfield <dana@lumen.dev>""")

A("""```diff
--- a/docs/install.md
+++ b/docs/install.md
@@ -12,7 +12,7 @@
-Requires Node 16 or newer.
+Requires Node 20 or newer.
```
inkwell-editor docs. no issue""",
"""docs(install): update minimum node version to 20

Why:
The install guide still listed Node 16 as the minimum version.

What:
- change the documented requirement to Node 20 or newer

Refs: none""")

A("""Need a commit message. Project: orbit-scheduler (Kotlin). Change: the job list endpoint used to load every job into memory and then paginate; now it paginates in the SQL query with LIMIT/OFFSET. p95 latency went from 1.8s to 140ms on the staging dataset. Ticket ORB-77 (we reference tickets as #77).""",
"""perf(jobs): paginate job list in the database query

Why:
The job list endpoint loaded every job into memory before
paginating; p95 latency was 1.8 s on the staging dataset.

What:
- move pagination into the SQL query with LIMIT/OFFSET
- p95 latency on staging drops from 1.8 s to 140 ms

Refs: #77""")

A("""write commit message:
- bumped github actions checkout from v3 to v4 in all workflows
- repo: pebble-cli
- no ticket""",
"""ci(workflows): bump actions/checkout from v3 to v4

Why:
actions/checkout v3 is outdated.

What:
- use actions/checkout@v4 in all workflows

Refs: none""")

A("""Please turn this into a commit message for the marmot-db repo:

```diff
--- a/src/wal/reader.c
+++ b/src/wal/reader.c
@@ -203,6 +203,10 @@ int wal_read_record(wal_reader *r, record *out) {
     if (n < sizeof(hdr)) return WAL_EOF;
+    if (hdr.len > WAL_MAX_RECORD) {
+        log_warn("wal: record length %u exceeds max", hdr.len);
+        return WAL_CORRUPT;
+    }
     buf = malloc(hdr.len);
```
A corrupted length field made us try to allocate gigabytes. Bug #1290.""",
"""fix(wal): reject records longer than WAL_MAX_RECORD

Why:
A corrupted length field in a WAL record header made the reader try
to allocate gigabytes of memory.

What:
- return `WAL_CORRUPT` when `hdr.len` exceeds `WAL_MAX_RECORD`
- log a warning with the offending length

Refs: #1290""")

A("""commit for: added unit tests for the currency rounding helpers (banker's rounding, negative amounts, zero). ledgerly, python. relates to #54""",
"""test(currency): cover rounding helpers

Why:
The currency rounding helpers had no direct tests.

What:
- add tests for banker's rounding
- add tests for negative amounts and zero

Refs: #54""")

A("""Revert commit 3f9a2c1 "feat(search): enable fuzzy matching by default" in the shelfie app, it doubled query time. Write the revert commit message. Issue #402""",
"""revert(search): disable fuzzy matching by default again

Why:
Enabling fuzzy matching by default (3f9a2c1) doubled query time.

What:
- revert 3f9a2c1 "feat(search): enable fuzzy matching by default"

Refs: #402""")

A("""We upgraded the bundled zlib in libsnappr from 1.2.13 to 1.3.1 which fixes CVE-2023-45853. build system change only. Write the commit. Issue 611.""",
"""build(deps): update bundled zlib from 1.2.13 to 1.3.1

Why:
zlib 1.3.1 fixes CVE-2023-45853.

What:
- bump the bundled zlib from 1.2.13 to 1.3.1

Refs: #611""")

A("""commit message for this one (repo: weather-kiosk, typescript):

```diff
-export const REFRESH_MS = 60_000;
+export const REFRESH_MS = Number(process.env.KIOSK_REFRESH_MS ?? 60_000);
```
so operators can change refresh interval, default stays 60s. #19""",
"""feat(config): make refresh interval configurable

Why:
Operators could not change how often the kiosk refreshes.

What:
- read the refresh interval from `KIOSK_REFRESH_MS`
- keep 60 000 ms as the default

Refs: #19""")

A("""Write a conventional commit. In the harbor-ui React app we extracted the date picker from SettingsPage into its own component DatePicker.tsx, no behaviour change. Also moved its styles. No issue.""",
"""refactor(settings): extract date picker into its own component

Why:
The date picker was embedded in `SettingsPage`, which made it
impossible to reuse.

What:
- move the date picker into `DatePicker.tsx`
- move its styles alongside the new component
- no behaviour change

Refs: none""")

A("""msg for commit: drop support for python 3.8 in the pyproject (requires-python >=3.9 now), remove the 3.8 CI job. breaking. lib is called fernlog. issue #140""",
"""build(python)!: require python 3.9 or newer

Why:
Python 3.8 support is being dropped.

What:
- set `requires-python = ">=3.9"` in pyproject.toml
- remove the Python 3.8 CI job

Refs: #140
BREAKING CHANGE: fernlog no longer installs on Python 3.8.""")

A("""Commit message for: fixed typo "recieve" -> "receive" in 14 log messages across the mailroom service. trivial""",
"""chore(logging): fix misspelling of receive in log messages

Why:
Fourteen log messages spelled "receive" as "recieve".

What:
- correct the spelling in all 14 messages

Refs: none""")

A("""Hi! Could you write the commit message for my change to the cobalt-router project? I added a new `--dry-run` flag to the `routes sync` CLI command. It prints the changes it would make to the routing table without applying them. It's for issue #356. Thanks!""",
"""feat(cli): add --dry-run flag to routes sync

Why:
Operators want to preview routing table changes before applying them.

What:
- add a `--dry-run` flag to `routes sync`
- print the changes that would be made without applying them

Refs: #356""")

A("""```diff
--- a/src/auth/session.go
+++ b/src/auth/session.go
@@ -41,7 +41,7 @@ func NewSession(u User) *Session {
-        Expires: time.Now().Add(30 * 24 * time.Hour),
+        Expires: time.Now().Add(12 * time.Hour),
```
security hardening after review, sessions now expire after 12h instead of 30 days. repo keystone-api. ticket #903. it's a breaking change for clients that assumed long sessions""",
"""fix(auth)!: expire sessions after 12 hours instead of 30 days

Why:
A security review found the 30-day session lifetime too long.

What:
- set the session expiry in `NewSession` to 12 hours

Refs: #903
BREAKING CHANGE: sessions now expire after 12 hours; clients that
assumed 30-day sessions must re-authenticate.""")

A("""Write the commit: updated the README badges (build status now points to the new CI, removed the dead coverage badge). project nimbus-sdk""",
"""docs(readme): update build badge and remove coverage badge

Why:
The build badge pointed to the old CI and the coverage badge no
longer worked.

What:
- point the build status badge to the new CI
- remove the dead coverage badge

Refs: none""")

A("""commit msg. repo: gravel (static site generator, rust). I made markdown rendering run in parallel with rayon across pages. full build of our docs site went 9.4s -> 3.1s. closes 77 and 79""",
"""perf(render): render markdown pages in parallel

Why:
Pages were rendered one after another, which made full builds slow.

What:
- render markdown pages in parallel with rayon
- full build of the docs site drops from 9.4 s to 3.1 s

Refs: #77, #79""")

A("""commit message for a chore: regenerated the lockfile (package-lock.json) after removing the unused left-pad dependency in the tally-app repo""",
"""chore(deps): remove unused left-pad dependency

Why:
left-pad was no longer used anywhere in the code.

What:
- remove left-pad from the dependencies
- regenerate package-lock.json

Refs: none""")

A("""I need a commit msg. Change is in the `billing` module of acme-portal: invoices for zero-amount orders were being sent, now we skip them. Dev: Priya Nair <priya@acme.example> co-authored. Issue #1502. Also added a regression test.""",
"""fix(billing): skip invoices for zero-amount orders

Why:
Customers received invoices for orders with a total of zero.

What:
- do not send invoices when the order amount is zero
- add a regression test

Refs: #1502
Co-authored-by: Priya Nair <priya@acme.example>""")

A("""Write a commit message: we changed the default log level of the sparrow-agent from debug to info. Users who want debug need to set LOG_LEVEL=debug now. Issue number: I don't have one.""",
"""feat(logging)!: change default log level from debug to info

Why:
Debug output by default was too noisy for production use.

What:
- default the log level to info instead of debug

Refs: none
BREAKING CHANGE: debug logs are no longer printed by default; set
`LOG_LEVEL=debug` to restore them.""")

A("""commit for this diff please, repo hive-metrics, issue #64:

```diff
--- a/.github/workflows/test.yml
+++ b/.github/workflows/test.yml
@@ -20,3 +20,5 @@ jobs:
       - run: go test ./...
+      - run: go vet ./...
+      - run: staticcheck ./...
```""",
"""ci(test): run go vet and staticcheck in the test workflow

Why:
Static analysis was not part of CI.

What:
- run `go vet ./...` after the tests
- run `staticcheck ./...` after the tests

Refs: #64""")

# ---------------- validation
A("""commit message: fixed a race in the connection pool of driftwood (Rust) where two threads could check out the same connection. used a Mutex around the free list. bug #233""",
"""fix(pool): prevent two threads from checking out one connection

Why:
A race in the connection pool allowed two threads to check out the
same connection.

What:
- guard the free list with a `Mutex`

Refs: #233""", split="validation")

A("""Please write a conventional commit for: new `export --format csv` option in the ledger-cli tool (TypeScript). Previously only JSON export existed. Issue #48.""",
"""feat(export): add csv format to the export command

Why:
Only JSON export was available.

What:
- add `export --format csv`

Refs: #48""", split="validation")

A("""```diff
-const TIMEOUT = 5000
+const TIMEOUT = 15000
```
upload timeout in the photon-uploader. large files kept failing on slow links. no issue""",
"""fix(upload): raise upload timeout from 5 s to 15 s

Why:
Large uploads kept failing on slow links.

What:
- increase `TIMEOUT` from 5000 ms to 15000 ms

Refs: none""", split="validation")

A("""commit pls: removed the deprecated `/v1/users/search` endpoint from the atlas-api (deprecated since last year, v2 replaces it). breaking. #877""",
"""feat(api)!: remove deprecated /v1/users/search endpoint

Why:
The endpoint was deprecated and is replaced by its v2 counterpart.

What:
- remove `/v1/users/search`

Refs: #877
BREAKING CHANGE: `/v1/users/search` no longer exists; use the v2
search endpoint.""", split="validation")

A("""Write the commit message for moving our docs from Sphinx to MkDocs in the koala-ml repo. All pages were converted, old conf.py deleted. Refs issue 301 and 302.""",
"""docs: migrate documentation from Sphinx to MkDocs

Why:
The documentation is moving from Sphinx to MkDocs.

What:
- convert all pages to MkDocs
- delete the old Sphinx `conf.py`

Refs: #301, #302""", split="validation")
