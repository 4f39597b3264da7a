# Family C: changelog / release-note entries. House format (Keep-a-Changelog order):
# ## [X.Y.Z] - YYYY-MM-DD        (or ## [Unreleased] when no version/date given)
#
# ### Added / Changed / Deprecated / Removed / Fixed / Security   (only non-empty, in this order)
# - **scope**: Sentence. (#PR)            (PR omitted if not given)
# - **scope**: **Breaking:** Sentence. (#PR)
#
# > Upgrade note: ...                      (only if breaking changes or deprecations)
EX = []


def Cg(user, out, split="train"):
    EX.append(dict(family="changelog", split=split, user=user, assistant=out.strip()))


Cg("""Changelog entry for tidepool 0.9.0, released 2026-02-11:
- new: `predict_range()` API (#140)
- fixed negative phase bug (#412)
- bumped MSRV to 1.75 (#418) - breaking""",
"""## [0.9.0] - 2026-02-11

### Added
- **api**: New `predict_range()` function. (#140)

### Changed
- **build**: **Breaking:** Raised the minimum supported Rust version to 1.75. (#418)

### Fixed
- **harmonics**: Constituent phases are no longer negative for times before the epoch. (#412)

> Upgrade note: tidepool 0.9.0 requires Rust 1.75 or newer.""")

Cg("""write changelog for parcel-tracker v3.2.1 (2026-04-03). only fix: webhook retries now use exponential backoff instead of fixed 1s delay, PR 91. Also security: updated requests to 2.32.3 to address CVE-2024-35195 (PR 93)""",
"""## [3.2.1] - 2026-04-03

### Fixed
- **webhooks**: Retries use exponential backoff instead of a fixed 1-second delay. (#91)

### Security
- **deps**: Updated `requests` to 2.32.3 to address CVE-2024-35195. (#93)""")

Cg("""Need release notes in our changelog format. lumen-http 4.0.0, 2026-01-20.
Changes:
* renamed max_conn -> max_connections (breaking) #231
* removed deprecated `Server.ListenLegacy` #240
* added HTTP/3 support behind `EnableH3` option #225
* fixed header casing bug #233
* `Server.Timeout` is deprecated, use ReadTimeout/WriteTimeout #238""",
"""## [4.0.0] - 2026-01-20

### Added
- **server**: HTTP/3 support, enabled with the `EnableH3` option. (#225)

### Changed
- **config**: **Breaking:** Renamed the `max_conn` option to `max_connections`. (#231)

### Deprecated
- **server**: `Server.Timeout`; use `ReadTimeout` and `WriteTimeout` instead. (#238)

### Removed
- **server**: **Breaking:** Removed the deprecated `Server.ListenLegacy`. (#240)

### Fixed
- **headers**: Fixed header name casing. (#233)

> Upgrade note: rename `max_conn` to `max_connections`, replace `Server.ListenLegacy`, and move from `Server.Timeout` to `ReadTimeout`/`WriteTimeout` before the next major release.""")

Cg("""changelog entry, no version yet: added csv export to ledger-cli (#48), fixed crash on empty ledger file (#51)""",
"""## [Unreleased]

### Added
- **export**: CSV export with `export --format csv`. (#48)

### Fixed
- **cli**: No longer crashes on an empty ledger file. (#51)""")

Cg("""Please produce the changelog section for orbit-scheduler 2.7.0 released 2026-05-14. Items: job list pagination moved into SQL, p95 from 1.8s to 140ms (#77); new cron expression validator (#80); docs: new deployment guide (#82 - don't include docs in changelog, we never do)""",
"""## [2.7.0] - 2026-05-14

### Added
- **scheduler**: Validation of cron expressions. (#80)

### Changed
- **jobs**: The job list is paginated in the database query; p95 latency dropped from 1.8 s to 140 ms on the staging dataset. (#77)""")

Cg("""fernlog 2.0.0 — 2026-03-30
- dropped python 3.8 (#140)
- structured JSON output is now default (#133), set FERNLOG_FORMAT=text for old behaviour
- added OpenTelemetry exporter (#129)""",
"""## [2.0.0] - 2026-03-30

### Added
- **exporters**: OpenTelemetry exporter. (#129)

### Changed
- **output**: **Breaking:** Structured JSON output is now the default; set `FERNLOG_FORMAT=text` for the previous format. (#133)

### Removed
- **python**: **Breaking:** Dropped support for Python 3.8. (#140)

> Upgrade note: fernlog 2.0.0 requires Python 3.9 or newer and logs JSON by default; set `FERNLOG_FORMAT=text` to keep text output.""")

Cg("""Make a changelog entry for marmot-db 1.4.3 (2026-06-02). Fixes: WAL reader rejects records longer than WAL_MAX_RECORD instead of allocating huge buffers (#1290). Checkpoint could skip the last page when the page count was a multiple of 64 (#1288).""",
"""## [1.4.3] - 2026-06-02

### Fixed
- **wal**: The WAL reader rejects records longer than `WAL_MAX_RECORD` instead of allocating huge buffers. (#1290)
- **checkpoint**: Checkpoints no longer skip the last page when the page count is a multiple of 64. (#1288)""")

Cg("""changelog: keystone-api 5.0.0 (2026-02-27)
breaking: sessions expire after 12h (was 30 days) #903
breaking: removed /v1/users/search #877
added: /v2/users/search supports prefix queries #870
security: bcrypt cost raised from 10 to 12 #905""",
"""## [5.0.0] - 2026-02-27

### Added
- **users**: `/v2/users/search` supports prefix queries. (#870)

### Changed
- **auth**: **Breaking:** Sessions expire after 12 hours instead of 30 days. (#903)

### Removed
- **api**: **Breaking:** Removed `/v1/users/search`; use `/v2/users/search`. (#877)

### Security
- **auth**: Raised the bcrypt cost factor from 10 to 12. (#905)

> Upgrade note: clients must handle re-authentication after 12 hours and move to `/v2/users/search`.""")

Cg("""Can you write the changelog section for gravel 0.12.0? Release date 2026-01-09. Parallel markdown rendering (9.4s->3.1s on our docs) PR #77. New `--drafts` flag to include draft pages PR #83. Fixed broken relative links in nested sections PR #79.""",
"""## [0.12.0] - 2026-01-09

### Added
- **cli**: New `--drafts` flag to include draft pages in the build. (#83)

### Changed
- **render**: Markdown pages are rendered in parallel; a full build of the project docs went from 9.4 s to 3.1 s. (#77)

### Fixed
- **links**: Relative links in nested sections are resolved correctly. (#79)""")

Cg("""Write changelog. sparrow-agent 1.0.0 released 2026-04-22. Default log level now info instead of debug (set LOG_LEVEL=debug). That's the only change besides version bump. No PR number.""",
"""## [1.0.0] - 2026-04-22

### Changed
- **logging**: **Breaking:** The default log level is now `info` instead of `debug`; set `LOG_LEVEL=debug` to restore debug output.

> Upgrade note: set `LOG_LEVEL=debug` if you relied on debug logs being printed by default.""")

Cg("""release notes entry for inkwell-editor 7.3.0 on 2026-05-05:
- spellcheck for 12 new languages (#611)
- autosave interval configurable (#604)
- the `legacyToolbar` setting is deprecated and will be removed in 8.0 (#615)
- fix: undo history lost after paste (#602)""",
"""## [7.3.0] - 2026-05-05

### Added
- **spellcheck**: Support for 12 additional languages. (#611)
- **autosave**: The autosave interval is configurable. (#604)

### Deprecated
- **settings**: The `legacyToolbar` setting; it will be removed in 8.0. (#615)

### Fixed
- **editor**: Undo history is no longer lost after pasting. (#602)

> Upgrade note: stop using `legacyToolbar` before upgrading to 8.0.""")

Cg("""changelog for cobalt-router 3.9.0 — date not decided yet. added `routes sync --dry-run` (#356).""",
"""## [Unreleased]

### Added
- **cli**: `routes sync --dry-run` prints routing table changes without applying them. (#356)""")

Cg("""Hi, I need the changelog section for weather-kiosk 1.6.0 (2026-03-18). We made the refresh interval configurable via KIOSK_REFRESH_MS (default 60s, #19), added a dark theme (#21) and fixed the clock drifting after sleep (#23).""",
"""## [1.6.0] - 2026-03-18

### Added
- **config**: The refresh interval is configurable with `KIOSK_REFRESH_MS` (default 60 seconds). (#19)
- **ui**: Dark theme. (#21)

### Fixed
- **clock**: The clock no longer drifts after the device wakes from sleep. (#23)""")

Cg("""libsnappr 2.3.2 / 2026-02-02 / security release: bundled zlib 1.2.13 -> 1.3.1 for CVE-2023-45853 (#611). nothing else.""",
"""## [2.3.2] - 2026-02-02

### Security
- **deps**: Updated the bundled zlib from 1.2.13 to 1.3.1 to address CVE-2023-45853. (#611)""")

Cg("""Changelog section for atlas-api 9.0.0 (2026-06-10):
removed: v1 search endpoint (#877)
removed: XML response format (#860)
changed: default page size 50 -> 25 (#866)
added: cursor pagination (#861)""",
"""## [9.0.0] - 2026-06-10

### Added
- **pagination**: Cursor-based pagination. (#861)

### Changed
- **pagination**: **Breaking:** The default page size changed from 50 to 25. (#866)

### Removed
- **api**: **Breaking:** Removed the v1 search endpoint. (#877)
- **api**: **Breaking:** Removed the XML response format. (#860)

> Upgrade note: request `page_size=50` explicitly if you relied on the old default, and move from v1 search and XML responses before upgrading.""")

Cg("""write a changelog entry for hive-metrics 0.5.0, 2026-01-28. we added go vet + staticcheck to CI (#64) - internal, skip it. User facing: new `histogram_quantile` function (#60), prometheus remote-write support (#58), fix for counters resetting on reload (#62)""",
"""## [0.5.0] - 2026-01-28

### Added
- **query**: New `histogram_quantile` function. (#60)
- **ingest**: Prometheus remote-write support. (#58)

### Fixed
- **counters**: Counters no longer reset when the configuration is reloaded. (#62)""")

Cg("""We need a changelog for driftwood 0.3.0 (Rust). The release date is 2026-04-14. Entries: connection pool race fixed (#233), new `Pool::resize` (#229), `Pool::new` now takes a `Config` struct instead of 3 positional args (#227, breaking).""",
"""## [0.3.0] - 2026-04-14

### Added
- **pool**: New `Pool::resize` method. (#229)

### Changed
- **pool**: **Breaking:** `Pool::new` takes a `Config` struct instead of three positional arguments. (#227)

### Fixed
- **pool**: Two threads can no longer check out the same connection. (#233)

> Upgrade note: construct pools with `Pool::new(Config { .. })`.""")

Cg("""changelog pls, shelfie 2.2.1 2026-05-27. reverted fuzzy-matching-by-default because it doubled query time (#402). fuzzy matching is still available with `fuzzy=true`.""",
"""## [2.2.1] - 2026-05-27

### Changed
- **search**: Fuzzy matching is no longer enabled by default because it doubled query time; pass `fuzzy=true` to use it. (#402)""")

Cg("""Changelog for pebble-cli 1.1.0. I don't know the release date yet but the version is decided. Added shell completions for fish (#31). Fixed `pebble init` overwriting existing config (#29).""",
"""## [1.1.0] - TODO(release date)

### Added
- **cli**: Shell completions for fish. (#31)

### Fixed
- **init**: `pebble init` no longer overwrites an existing configuration. (#29)""")

Cg("""harbor-ui 12.0.0 (2026-06-01) changelog:
- React 19 upgrade (#1201)
- dropped IE11 polyfills (#1199) breaking
- date picker extracted into reusable component (#1190) (internal refactor, leave out)
- fixed: timezone shown wrong in settings (#1195)""",
"""## [12.0.0] - 2026-06-01

### Changed
- **deps**: Upgraded to React 19. (#1201)

### Removed
- **browser-support**: **Breaking:** Dropped the IE11 polyfills. (#1199)

### Fixed
- **settings**: The timezone is displayed correctly. (#1195)

> Upgrade note: Internet Explorer 11 is no longer supported.""")

Cg("""write the changelog entry for koala-ml 0.8.0 released 2026-03-03: new `fit_partial` for streaming data (#288), GPU memory leak in evaluate fixed (#290), `n_jobs=-1` now means all cores minus one (was all cores) (#291)""",
"""## [0.8.0] - 2026-03-03

### Added
- **training**: New `fit_partial` for streaming data. (#288)

### Changed
- **parallelism**: `n_jobs=-1` now uses all cores minus one instead of all cores. (#291)

### Fixed
- **evaluate**: Fixed a GPU memory leak. (#290)""")

Cg("""tally-app 4.4.0, 2026-02-20. security: session cookie now SameSite=Strict (#77). added: CSV import (#70). deprecated: the /export/legacy route, removal in 5.0 (#74).""",
"""## [4.4.0] - 2026-02-20

### Added
- **import**: CSV import. (#70)

### Deprecated
- **export**: The `/export/legacy` route; it will be removed in 5.0. (#74)

### Security
- **auth**: The session cookie is set with `SameSite=Strict`. (#77)

> Upgrade note: move integrations off `/export/legacy` before 5.0.""")

# ---------------- validation
Cg("""changelog for photon-uploader 0.4.1 (2026-05-19): upload timeout raised from 5s to 15s so large files don't fail on slow links (#44)""",
"""## [0.4.1] - 2026-05-19

### Changed
- **upload**: The upload timeout was raised from 5 seconds to 15 seconds so large uploads succeed on slow links. (#44)""", split="validation")

Cg("""Release notes in house format: mailroom 3.0.0, 2026-06-15.
- removed SMTP v1 transport (#300), breaking
- added DKIM signing (#295)
- fixed: attachments over 10MB were silently dropped (#298)""",
"""## [3.0.0] - 2026-06-15

### Added
- **smtp**: DKIM signing. (#295)

### Removed
- **transport**: **Breaking:** Removed the SMTP v1 transport. (#300)

### Fixed
- **attachments**: Attachments larger than 10 MB are no longer silently dropped. (#298)

> Upgrade note: switch away from the SMTP v1 transport before upgrading.""", split="validation")

Cg("""unreleased changelog for nimbus-sdk: deprecated `Client.connectLegacy()` (#512), added retry config (#508)""",
"""## [Unreleased]

### Added
- **client**: Retry configuration. (#508)

### Deprecated
- **client**: `Client.connectLegacy()`. (#512)

> Upgrade note: migrate away from `Client.connectLegacy()`.""", split="validation")

Cg("""ledgerly 1.9.0 — 2026-04-08 — banker's rounding helpers now tested (#54, internal); new multi-currency report (#50); fixed off-by-one in fiscal year end (#52)""",
"""## [1.9.0] - 2026-04-08

### Added
- **reports**: Multi-currency report. (#50)

### Fixed
- **fiscal**: Fixed an off-by-one error in the fiscal year end date. (#52)""", split="validation")

Cg("""changelog: acme-portal 8.1.2 released 2026-06-22, fix for invoices being sent for zero-amount orders (#1502), security fix: CSRF token now rotated on login (#1507)""",
"""## [8.1.2] - 2026-06-22

### Fixed
- **billing**: Invoices are no longer sent for zero-amount orders. (#1502)

### Security
- **auth**: The CSRF token is rotated on login. (#1507)""", split="validation")
