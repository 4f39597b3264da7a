# Config key reference data. Each key gets one page.
KEYS = []

ENV_SECTIONS = {"build", "cache", "net", "registry", "test", "term", "log", "plugins", "telemetry", "sandbox", "watch"}


def K(key, typ, default, since, desc, values=None, flag=None, history=None, scope="project, user",
      example=None, notes=None, related=None, deprecated=None, env=True):
    section = key.split(".")[0]
    e = None
    if env and section in ENV_SECTIONS and "<" not in key:
        e = "QUARRY_" + key.upper().replace(".", "_").replace("-", "_")
    KEYS.append(dict(key=key, type=typ, default=default, since=since, desc=desc, values=values, flag=flag,
                     history=history or [], scope=scope, example=example, notes=notes, related=related or [],
                     deprecated=deprecated, env=e))


M = "project (quarry.toml)"
# ---------------- [project]
K("project.name", "string", "(required)", "0.1.0",
  "The package name used on registries and as the default binary name. It must be 1-64 characters long, start with a letter, and contain only lowercase ASCII letters, digits, `-` and `_`.",
  scope=M, example='name = "tile-server"', related=["project.version"], notes="An invalid name is reported as Q0003.")
K("project.version", "string (SemVer 2.0)", "(required)", "0.1.0",
  "The package version. Pre-release and build metadata are allowed (`1.2.0-beta.1+g3f2a`).",
  scope=M, example='version = "0.4.2"', notes="A version that does not parse is reported as Q0004.")
K("project.edition", "string", '"2026"', "0.5.0",
  "Selects the language and manifest edition. Editions change lint defaults, manifest parsing rules and some build behaviours without breaking older packages.",
  values=['"2021"', '"2023"', '"2026"'], scope=M, example='edition = "2023"',
  history=[("0.5.0", 'introduced; only `"2021"` available and default'), ("2.0.0", 'default changed to `"2023"`'),
           ("3.0.0", 'default changed from `"2023"` to `"2026"`')],
  notes="Packages that omit `edition` are built as edition 2026 by QuarryKit 3.x. Set the key explicitly to keep the old behaviour; `quarry migrate` does this for you.",
  related=["workspace.package"])
K("project.authors", "array of strings", "[]", "0.1.0", "Free-form list of authors, usually `\"Name <email>\"`.", scope=M,
  example='authors = ["Ada Ng <ada@example.org>"]')
K("project.description", "string", "(none)", "0.1.0",
  "A one-paragraph description shown on the registry. Required by `quarry publish`.", scope=M,
  notes="Publishing without a description fails with Q0404.")
K("project.license", "string (SPDX expression)", "(none)", "0.1.0",
  "SPDX license expression such as `MIT OR Apache-2.0`. Either `license` or `license-file` is required to publish.",
  scope=M, example='license = "MIT OR Apache-2.0"', related=["project.license-file"])
K("project.license-file", "string (path)", "(none)", "0.3.0",
  "Path to a non-standard license text, relative to `quarry.toml`.", scope=M, related=["project.license"])
K("project.repository", "string (URL)", "(none)", "0.1.0", "URL of the source repository, shown on the registry.", scope=M)
K("project.homepage", "string (URL)", "(none)", "0.1.0", "URL of the project home page.", scope=M)
K("project.documentation", "string (URL)", "(none)", "0.4.0", "URL of hosted documentation.", scope=M)
K("project.readme", "string (path) or boolean", '"README.md"', "0.2.0",
  "Path to the README included in packages. Set to `false` to include none.", scope=M)
K("project.keywords", "array of strings", "[]", "0.2.0", "Up to five search keywords, each at most 20 characters.", scope=M,
  notes="More than five keywords is reported as Q0018.")
K("project.categories", "array of strings", "[]", "0.4.0", "Up to five registry category slugs.", scope=M)
K("project.publish", "boolean or array of strings", "true", "0.6.0",
  "Controls publishing. `false` forbids `quarry publish`; an array restricts it to the named registries.", scope=M,
  notes="Attempting to publish a package with `publish = false` fails with Q0405.")
K("project.include", "array of globs", "[]", "0.3.0",
  "Files to include in the package. When set, only matching files are packaged.", scope=M, related=["project.exclude"])
K("project.exclude", "array of globs", "[]", "0.3.0", "Files to leave out of the package. Ignored when `include` is set.",
  scope=M, related=["project.include"])
K("project.default-run", "string", "(none)", "1.1.0",
  "The binary that `quarry run` starts when the package has more than one and `--bin` is not given.", scope=M,
  notes="Without it, `quarry run` in a multi-binary package fails with Q0221.")
K("project.min-quarry-version", "string (version)", "(none)", "1.2.0",
  "Minimum QuarryKit version required to build the package.", scope=M,
  example='min-quarry-version = "3.0"', notes="Older QuarryKit versions stop with Q0012.")
K("project.build", "string (path) or boolean", '"build.rs"', "0.2.0",
  "Path to the build script. Detected automatically when `build.rs` exists; `false` disables detection.", scope=M)
K("project.links", "string", "(none)", "0.9.0",
  "Name of a native library this package links. Only one package in a graph may declare a given `links` value.", scope=M,
  notes="Two packages declaring the same `links` value produce Q0124.")
K("project.metadata", "table", "{}", "0.7.0", "Arbitrary data for third-party tools. QuarryKit ignores its contents.", scope=M)
K("project.autobins", "boolean", "true", "1.0.0", "Discover binaries under `src/bin/` automatically.", scope=M)

# ---------------- [build]
K("build.jobs", "integer", "number of logical CPUs", "0.1.0",
  "Maximum number of tasks that run in parallel. Negative values are subtracted from the number of logical CPUs, so `-1` leaves one CPU free (since 2.1.0).",
  flag="-j, --jobs <N>", example="jobs = 6", history=[("2.1.0", "negative values accepted")], related=["test.threads", "build.link-jobs"],
  notes="`0` is rejected with Q0022.")
K("build.out-dir", "string (path)", '"quarry-out"', "0.1.0",
  "Directory for build outputs, relative to the workspace root.", flag="--out-dir <DIR>",
  history=[("0.1.0", 'default `"target"`'), ("1.0.0", 'default renamed to `"quarry-out"`')])
K("build.incremental", "boolean", "true", "0.4.0",
  "Reuse intermediate results from earlier builds of the same profile. Per-profile `incremental` overrides this.",
  related=["profile.<name>.incremental"])
K("build.sandbox", "string", '"strict"', "0.8.0",
  "Isolation level for build tasks. `\"off\"` runs tasks with full access, `\"permissive\"` records but allows undeclared file and network access, `\"strict\"` blocks them.",
  values=['"off"', '"permissive"', '"strict"'], flag="--sandbox <MODE>",
  history=[("0.8.0", 'introduced (experimental), default `"off"`'), ("2.0.0", "no longer experimental; default still `\"off\"`"),
           ("3.0.0", 'default changed from `"off"` to `"strict"`')],
  notes="Under `\"strict\"`, a task that touches an undeclared path fails with Q0212 and one that opens a network connection fails with Q0213.",
  related=["sandbox.network", "sandbox.allow-paths", "sandbox.backend"])
K("build.cache", "string", '"on"', "3.0.0",
  "Whether build tasks read from and write to the cache. `\"read-only\"` reads but never writes.",
  values=['"on"', '"off"', '"read-only"'], flag="--cache <MODE>",
  notes="Replaces the deprecated `--no-cache` flag (equivalent to `--cache off`). `--no-cache` is scheduled for removal in 4.0.",
  related=["cache.dir", "cache.remote.read-only"])
K("build.keep-going", "boolean", "false", "0.6.0", "Continue building independent tasks after a task fails.", flag="--keep-going")
K("build.default-target", "string (target triple)", "host triple", "0.3.0",
  "Target triple used when neither `--target` nor `build.targets` is given.", related=["build.targets"])
K("build.targets", "array of strings", "[]", "1.1.0", "Build several target triples in one invocation.",
  flag="--targets <LIST|all>", history=[("3.1.0", "the `--targets` flag replaced `--all-targets`")], related=["build.default-target"])
K("build.timeout", "integer (seconds)", "0", "1.3.0", "Per-task wall-clock limit. `0` means no limit.",
  notes="A task that exceeds the limit is killed and reported as Q0207.")
K("build.hash-algorithm", "string", '"blake3"', "1.2.0", "Digest used for fingerprints and cache keys.",
  values=['"blake3"', '"sha256"'], history=[("1.2.0", 'introduced, default `"sha256"`'), ("2.0.0", 'default changed to `"blake3"`')],
  notes="Changing the algorithm invalidates every cache entry.")
K("build.env-passthrough", "array of strings", '["PATH", "HOME", "TMPDIR"]', "1.0.0",
  "Environment variables visible to build tasks. Under a strict sandbox, all other variables are removed.",
  related=["sandbox.allow-env"])
K("build.pipelining", "boolean", "true", "2.3.0", "Start dependent compile tasks as soon as metadata is ready instead of waiting for full codegen.")
K("build.warnings", "string", '"warn"', "1.4.0", "How compiler warnings are treated.", values=['"warn"', '"deny"', '"allow"'],
  notes="With `\"deny\"`, any warning fails the build with Q0209.")
K("build.max-output-lines", "integer", "200", "2.1.0", "Lines of task output shown for a failed task before truncation. `0` shows everything.")
K("build.reproducible", "boolean", "false", "2.2.0", "Enable reproducible-build mode: stable file ordering, fixed timestamps and path remapping.",
  related=["build.source-date-epoch", "build.strip-paths"])
K("build.source-date-epoch", "integer (Unix time)", "(none)", "2.2.0",
  "Timestamp embedded in outputs in reproducible mode. Falls back to `SOURCE_DATE_EPOCH`, then to the last commit time.")
K("build.strip-paths", "boolean", "true", "2.2.0", "Replace absolute source paths in outputs with workspace-relative paths.")
K("build.link-jobs", "integer", "4", "2.0.0", "Maximum number of link tasks that run at once, independent of `build.jobs`.")
K("build.remote-exec", "string (URL)", "(none)", "2.6.0", "Endpoint of an experimental remote execution service.",
  notes="Experimental. The protocol may change in any minor release.")
K("build.timings", "boolean", "false", "1.4.0", "Write an HTML timing report to `quarry-out/timings/`.", flag="--timings")
K("build.rustc-wrapper", "string (path)", "(none)", "0.9.0", "Program that wraps every compiler invocation, for example a caching wrapper.")
K("build.dep-info-basedir", "string (path)", "(none)", "1.2.0", "Make paths in generated dep-info files relative to this directory.")
K("build.fingerprint-mode", "string", '"content"', "0.4.0", "How QuarryKit decides whether an input changed.",
  values=['"content"', '"mtime"'], history=[("0.4.0", 'introduced, default `"mtime"`'), ("2.0.0", 'default changed to `"content"`')])
K("build.verbose", "boolean", "false", "0.2.0", "Print the full command line of every task.", flag="-v, --verbose")

# ---------------- [cache]
K("cache.dir", "string (path)", '"~/.quarry/cache"', "0.4.0",
  "Location of the local content-addressed cache. On Windows the default is `%LOCALAPPDATA%\\quarry\\cache`.", scope="user",
  related=["cache.max-size"])
K("cache.max-size", "string (size)", '"25GiB"', "0.4.0",
  "Upper bound for the local cache. When exceeded, entries are evicted according to `cache.eviction` at the next garbage collection.",
  scope="user", example='max-size = "40GiB"',
  history=[("0.4.0", 'introduced, default `"10GiB"`'), ("3.0.0", 'default changed from `"10GiB"` to `"25GiB"`')],
  notes="Sizes accept `KiB`, `MiB`, `GiB` and `TiB` suffixes. A malformed size is reported as Q0025.",
  related=["cache.eviction", "cache.gc-interval-hours"])
K("cache.eviction", "string", '"lru"', "1.0.0", "Eviction policy for the local cache.", values=['"lru"', '"age"'], scope="user")
K("cache.ttl-days", "integer", "30", "1.2.0", "Entries not used for this many days are removed at garbage collection.", scope="user")
K("cache.gc-interval-hours", "integer", "24", "1.2.0", "Minimum time between automatic cache garbage collections.", scope="user")
K("cache.compression", "string", '"zstd"', "2.0.0", "Compression for local cache entries.", values=['"zstd"', '"none"'], scope="user")
K("cache.shared", "boolean", "false", "2.5.0", "Allow several OS users to share one cache directory (uses group-writable files and lock files).", scope="user")
K("cache.verify-on-read", "boolean", "false", "2.2.0", "Re-hash cache entries when reading them. Slower, but detects disk corruption (reported as Q0231).")
K("cache.remote.url", "string (URL)", "(none)", "1.3.0", "Base URL of a remote cache. Remote caching is off when unset.",
  example='url = "https://cache.example.com/quarry"', related=["cache.remote.token-env", "cache.remote.protocol"])
K("cache.remote.token-env", "string", '"QUARRY_REMOTE_CACHE_TOKEN"', "1.3.0",
  "Name of the environment variable holding the remote cache bearer token.")
K("cache.remote.read-only", "boolean", "false", "1.3.0", "Download from the remote cache but never upload. Recommended for developer machines.")
K("cache.remote.compression", "string", '"zstd"', "1.3.0", "Compression used for uploads to the remote cache.",
  values=['"zstd"', '"gzip"', '"none"'],
  history=[("1.3.0", 'introduced, default `"gzip"`'), ("3.0.0", 'default changed from `"gzip"` to `"zstd"`')],
  notes="Caches written by 2.x with gzip stay readable; QuarryKit detects the compression of each entry.")
K("cache.remote.timeout-ms", "integer (milliseconds)", "10000", "1.3.0", "Timeout for a single remote cache request.",
  notes="A timed-out request is logged as Q0235 and the task runs locally.")
K("cache.remote.max-upload-size", "string (size)", '"512MiB"', "2.1.0", "Entries larger than this are not uploaded.")
K("cache.remote.upload-on", "string", '"success"', "2.4.0", "When task outputs are uploaded.", values=['"success"', '"always"', '"never"'])
K("cache.remote.protocol", "string", '"http"', "2.4.0", "Wire protocol for the remote cache.", values=['"http"', '"grpc"'])
K("cache.remote.verify-tls", "boolean", "true", "1.3.0", "Verify the remote cache's TLS certificate.")
K("cache.remote.concurrency", "integer", "8", "2.4.0", "Maximum parallel remote cache transfers.")
K("cache.remote.log-headers", "boolean", "false", "3.1.1",
  "Log HTTP request headers of remote cache requests at trace level. Authorization values are always redacted.",
  notes="Added by the fix for QSA-2026-004. Before 3.1.1 (and 2.8.6), trace logging could include the bearer token.")

# ---------------- [registry] / [registries]
K("registry.default", "string", '"quarry-central"', "0.6.0", "Registry used for dependencies that do not name one.",
  related=["registries.<name>.index"])
K("registry.protocol", "string", '"sparse"', "2.5.0", "Index protocol for registries that do not set their own.",
  values=['"sparse"', '"git"'], history=[("2.5.0", 'introduced, default `"git"`'), ("3.0.0", 'default changed from `"git"` to `"sparse"`')],
  notes="The sparse index for quarry-central is `sparse+https://index.quarrykit.dev/`.")
K("registry.timeout", "integer (seconds)", "30", "0.6.0", "Timeout for registry API requests.")
K("registry.retries", "integer", "3", "0.6.0", "Retries for failed registry requests.")
K("registry.credential-provider", "string", '"keyring"', "1.2.0", "Where registry tokens are stored.",
  values=['"keyring"', '"file"', '"env"'], history=[("1.2.0", 'introduced, default `"file"`'), ("2.0.0", 'default changed to `"keyring"`')], scope="user")
K("registry.index-cache-ttl", "integer (seconds)", "300", "2.5.0", "How long sparse index files are reused before revalidation.")
K("registries.<name>.index", "string (URL)", "(none)", "0.6.0", "Index URL of an alternative registry. Prefix with `sparse+` for the sparse protocol.",
  example='[registries.internal]\nindex = "sparse+https://quarry.corp.example/index/"', env=False)
K("registries.<name>.protocol", "string", "value of `registry.protocol`", "2.5.0", "Index protocol for this registry.", env=False)
K("registries.<name>.token-env", "string", "(none)", "1.2.0", "Environment variable holding the token for this registry.", env=False)
K("registries.<name>.credential-provider", "string", "value of `registry.credential-provider`", "1.2.0", "Credential storage for this registry.", env=False)

# ---------------- [net]
K("net.offline", "boolean", "false", "0.9.0", "Never access the network. Missing dependencies cause Q0131.", flag="--offline")
K("net.proxy", "string (URL)", "(none)", "0.5.0", "HTTP(S) proxy. When unset, `HTTPS_PROXY` and `https_proxy` are honoured.", scope="user")
K("net.retry", "integer", "3", "0.5.0", "Retries for transient network errors.")
K("net.http-timeout", "integer (seconds)", "30", "0.5.0", "Timeout for individual HTTP transfers.")
K("net.git-fetch-with-cli", "boolean", "false", "1.1.0", "Use the `git` executable instead of the built-in git client.")
K("net.cainfo", "string (path)", "(none)", "1.2.0", "Path to a PEM bundle of extra CA certificates.")
K("net.check-revoke", "boolean", "true", "1.2.0", "Check certificate revocation (Windows only).")
K("net.low-speed-limit", "integer (bytes/second)", "10", "2.0.0", "Abort transfers slower than this for longer than `net.http-timeout`.")
K("net.multiplexing", "boolean", "true", "2.0.0", "Use HTTP/2 multiplexing where available.")
K("net.user-agent", "string", "(none)", "2.3.0", "Override the `User-Agent` header. Default is `quarry/<version>`.")
K("net.max-concurrent-downloads", "integer", "16", "2.5.0", "Maximum parallel downloads from registries.")

# ---------------- [plugins]
K("plugins.dir", "string (path)", '"~/.quarry/plugins"', "0.7.0", "Where installed plugins are stored.", scope="user")
K("plugins.allow-unsigned", "boolean", "false", "1.0.0",
  "Allow loading plugins that carry no valid signature from a trusted key.",
  history=[("1.0.0", "introduced, default `true`"), ("3.0.0", "default changed from `true` to `false`")],
  notes="With the default, loading an unsigned plugin fails with Q0305. `quarry plugin install --allow-unsigned` overrides the setting for one install.",
  related=["plugins.trusted-keys"])
K("plugins.trusted-keys", "array of strings", "[]", "1.0.0",
  "Extra public keys (`ed25519:` prefixed) trusted for plugin signatures, in addition to the QuarryKit release key.",
  related=["plugins.allow-unsigned"])
K("plugins.auto-update", "boolean", "false", "1.1.0", "Update plugins within their version requirement before each build.")
K("plugins.abi-check", "string", '"strict"', "2.0.0", "Behaviour when a plugin was built for another ABI.", values=['"strict"', '"warn"'],
  notes="With `\"strict\"`, an ABI mismatch is Q0302.")
K("plugins.load-timeout-ms", "integer (milliseconds)", "5000", "2.0.0", "Time a plugin may take to initialise before it is reported as Q0311.")
K("plugins.max-memory-mb", "integer", "512", "2.4.0", "Memory limit for out-of-process plugins. Exceeding it is Q0331.")
K("plugins.isolation", "string", '"process"', "2.4.0", "Run plugins in a separate process or inside the QuarryKit process.",
  values=['"process"', '"in-proc"'])
K("plugins.registry", "string", '"quarry-central"', "1.0.0", "Registry searched by `quarry plugin install` and `quarry plugin search`.")
K("plugins.deny", "array of strings", "[]", "2.6.0", "Plugin names that must never be loaded. Matching plugins produce Q0309.")

# ---------------- [plugin-deps]
K("plugin-deps.<name>.version", "string (version requirement)", "(required)", "0.7.0",
  "Version requirement for a plugin used by this project. The short form `docker = \"3.2\"` sets only this key.",
  scope=M, env=False, example='[plugin-deps]\nprotobuf = "2.4"')
K("plugin-deps.<name>.options", "table", "{}", "0.7.0", "Options passed to the plugin. Each plugin documents its own options.", scope=M, env=False)
K("plugin-deps.<name>.enabled", "boolean", "true", "2.0.0", "Temporarily disable a plugin without removing it.", scope=M, env=False)
K("plugin-deps.<name>.path", "string (path)", "(none)", "1.0.0", "Load the plugin from a local directory (for plugin development).", scope=M, env=False)
K("plugin-deps.<name>.registry", "string", "value of `plugins.registry`", "1.2.0", "Registry the plugin is resolved from.", scope=M, env=False)

# ---------------- [dependencies]
D = "dependencies.<name>"
K(D + ".version", "string (version requirement)", "(none)", "0.1.0", "Version requirement, e.g. `\"1.4\"` (caret by default), `\"=1.4.2\"` or `\">=1.2, <2\"`.", scope=M, env=False)
K(D + ".path", "string (path)", "(none)", "0.1.0", "Use a local package. When published, `version` is used instead.", scope=M, env=False)
K(D + ".git", "string (URL)", "(none)", "0.1.0", "Fetch the dependency from a git repository.", scope=M, env=False)
K(D + ".branch", "string", "(none)", "0.1.0", "Git branch to track; only with `git`.", scope=M, env=False)
K(D + ".tag", "string", "(none)", "0.1.0", "Git tag; only with `git`.", scope=M, env=False)
K(D + ".rev", "string", "(none)", "0.1.0", "Git commit hash; only with `git`.", scope=M, env=False,
  notes="Setting more than one of `branch`, `tag` and `rev` is Q0031.")
K(D + ".features", "array of strings", "[]", "0.4.0", "Features of the dependency to enable.", scope=M, env=False)
K(D + ".default-features", "boolean", "true", "0.4.0", "Enable the dependency's default features.", scope=M, env=False)
K(D + ".optional", "boolean", "false", "0.4.0", "Only build the dependency when a feature enables it.", scope=M, env=False)
K(D + ".registry", "string", "value of `registry.default`", "0.6.0", "Registry to resolve this dependency from.", scope=M, env=False)
K(D + ".package", "string", "(none)", "1.0.0", "Real package name when the dependency is renamed locally.", scope=M, env=False)
K(D + ".workspace", "boolean", "false", "1.3.0", "Inherit the dependency declaration from `[workspace.dependencies]`.", scope=M, env=False)
K("dev-dependencies", "table", "{}", "0.2.0", "Dependencies used only by tests, examples and benchmarks. Same keys as `[dependencies]`.", scope=M, env=False)
K("build-dependencies", "table", "{}", "0.4.0", "Dependencies of the build script. Same keys as `[dependencies]`.", scope=M, env=False)
K("target.<cfg>.dependencies", "table", "{}", "1.0.0", "Platform-specific dependencies, e.g. `[target.'cfg(windows)'.dependencies]`.", scope=M, env=False)

# ---------------- [workspace]
K("workspace.members", "array of globs", "[]", "0.9.0", "Packages that belong to the workspace.", scope=M, env=False)
K("workspace.exclude", "array of globs", "[]", "0.9.0", "Paths excluded from `members` globs.", scope=M, env=False)
K("workspace.default-members", "array of globs", "[]", "1.1.0", "Members built when no `-p` is given at the root. Empty means all members.", scope=M, env=False)
K("workspace.resolver", "string", '"2"', "1.0.0", "Feature resolver version.", values=['"1"', '"2"'], scope=M, env=False,
  history=[("1.0.0", 'introduced, default `"1"`'), ("2.0.0", 'default changed to `"2"`')])
K("workspace.dependencies", "table", "{}", "1.3.0", "Shared dependency declarations inherited with `workspace = true`.", scope=M, env=False)
K("workspace.package", "table", "{}", "1.3.0", "Shared `[project]` values (version, edition, license, ...) that members inherit.", scope=M, env=False)
K("workspace.lints", "table", "{}", "2.2.0", "Shared lint configuration inherited by members.", scope=M, env=False)
K("workspace.metadata", "table", "{}", "1.0.0", "Arbitrary data for external tools; ignored by QuarryKit.", scope=M, env=False)
K("workspace.inherit-profiles", "boolean", "true", "2.1.0", "Members use the root profiles; member-level profiles are ignored with a warning.", scope=M, env=False)

# ---------------- [profile.<name>]
P = "profile.<name>"
K(P + ".opt-level", "integer or string", "dev: `0`, release: `3`", "0.2.0", "Optimisation level: `0`-`3`, `\"s\"` or `\"z\"`.", scope=M, env=False)
K(P + ".debug", "boolean or integer", "dev: `true`, release: `false`", "0.2.0", "Amount of debug information (`0`, `1`, `2`, `true` = `2`).", scope=M, env=False)
K(P + ".lto", "boolean or string", "false", "0.6.0", "Link-time optimisation: `false`, `\"thin\"`, `\"fat\"` or `true` (= `\"fat\"`).", scope=M, env=False)
K(P + ".codegen-units", "integer", "dev: `256`, release: `16`", "0.6.0", "Number of parallel code generation units per crate.", scope=M, env=False)
K(P + ".strip", "string", '"none"', "1.1.0", "Strip `\"debuginfo\"` or `\"symbols\"` from outputs.", scope=M, env=False)
K(P + ".panic", "string", '"unwind"', "0.6.0", "Panic strategy: `\"unwind\"` or `\"abort\"`.", scope=M, env=False)
K(P + ".overflow-checks", "boolean", "dev: `true`, release: `false`", "0.6.0", "Enable integer overflow checks.", scope=M, env=False)
K(P + ".debug-assertions", "boolean", "dev: `true`, release: `false`", "0.6.0", "Enable `debug_assert!` and similar.", scope=M, env=False)
K(P + ".incremental", "boolean", "dev: `true`, release: `false`", "0.6.0", "Per-profile incremental compilation.", scope=M, env=False)
K(P + ".inherits", "string", "(none)", "1.2.0", "Base profile for a custom profile. Required for custom profiles; missing it is Q0041.", scope=M, env=False)
K(P + ".split-debuginfo", "string", "platform default", "1.4.0", "`\"off\"`, `\"packed\"` or `\"unpacked\"`.", scope=M, env=False)
K(P + ".rpath", "boolean", "false", "0.6.0", "Embed an rpath in binaries.", scope=M, env=False)

# ---------------- [test]
K("test.threads", "integer", "value of `build.jobs`", "0.6.0", "Number of test binaries or cases run concurrently.", flag="--test-threads <N>")
K("test.timeout", "integer (seconds)", "120", "0.6.0", "Per-test time limit. A test that runs longer is killed and reported as Q0503.",
  flag="--timeout <SECS>", history=[("0.6.0", "introduced, default `60`"), ("3.1.0", "default changed from `60` to `120`")],
  related=["test.slow-threshold-ms"])
K("test.retries", "integer", "0", "1.4.0", "Re-run failing tests up to this many times. Passing retries are reported as flaky.", flag="--retries <N>")
K("test.shuffle", "boolean", "false", "2.1.0", "Run tests in random order.", flag="--shuffle", related=["test.seed"])
K("test.seed", "integer", "(none)", "2.1.0", "Seed for `shuffle`. A random seed is printed when unset.", flag="--seed <N>")
K("test.reporter", "string", '"pretty"', "0.6.0", "Output format.", values=['"pretty"', '"terse"', '"json"', '"junit"'], flag="--reporter <NAME>")
K("test.junit-path", "string (path)", '"quarry-out/test-results.xml"', "1.4.0", "Output file for the JUnit reporter.")
K("test.fail-fast", "boolean", "true", "0.6.0", "Stop after the first failing test binary.", flag="--no-fail-fast (sets false)")
K("test.coverage", "boolean", "false", "2.3.0", "Collect code coverage.", flag="--coverage")
K("test.coverage-format", "string", '"lcov"', "2.3.0", "Coverage report format.", values=['"lcov"', '"cobertura"', '"html"'])
K("test.slow-threshold-ms", "integer (milliseconds)", "5000", "2.1.0", "Tests slower than this are marked `SLOW` in the report.")
K("test.include-ignored", "boolean", "false", "1.0.0", "Also run tests marked as ignored.", flag="--include-ignored")
K("test.doc-tests", "boolean", "true", "0.9.0", "Run documentation examples as tests.")

# ---------------- [fmt]
K("fmt.line-width", "integer", "100", "0.3.0", "Maximum line width for `quarry fmt`.", flag="--line-width <N>", env=False)
K("fmt.indent", "integer", "4", "0.3.0", "Spaces per indentation level.", env=False)
K("fmt.style", "string", '"default"', "1.2.0", "Formatting preset.", values=['"default"', '"compact"', '"wide"'], env=False)
K("fmt.check-on-build", "boolean", "false", "1.1.0", "Fail `quarry build` when files are not formatted (Q0211).", env=False)
K("fmt.exclude", "array of globs", "[]", "0.3.0", "Files `quarry fmt` never touches.", env=False)
K("fmt.newline", "string", '"auto"', "1.0.0", "Line endings: `\"auto\"`, `\"lf\"` or `\"crlf\"`.", env=False)
K("fmt.sort-imports", "boolean", "true", "2.0.0", "Sort import groups.", env=False)

# ---------------- [lint]
K("lint.level", "string", '"warn"', "0.5.0", "Default level for all lints.", values=['"allow"', '"warn"', '"deny"'], env=False)
K("lint.deny", "array of strings", "[]", "0.5.0", "Lints that fail the build.", env=False)
K("lint.warn", "array of strings", "[]", "0.5.0", "Lints reported as warnings.", env=False)
K("lint.allow", "array of strings", "[]", "0.5.0", "Lints that are silenced.", env=False)
K("lint.max-warnings", "integer", "(none)", "2.2.0", "Fail `quarry lint` when more warnings are found (Q0214).", flag="--max-warnings <N>", env=False)
K("lint.baseline", "string (path)", "(none)", "2.6.0", "File of accepted findings; only new findings are reported.", env=False)

# ---------------- [doc]
K("doc.open", "boolean", "false", "0.4.0", "Open the docs in a browser after `quarry doc`.", flag="--open", env=False)
K("doc.private-items", "boolean", "false", "0.4.0", "Document private items.", flag="--private", env=False)
K("doc.output-dir", "string (path)", '"quarry-out/doc"', "0.4.0", "Where generated documentation is written.", env=False)
K("doc.theme", "string", '"auto"', "2.0.0", "Default theme: `\"auto\"`, `\"light\"` or `\"dark\"`.", env=False)
K("doc.search-index", "boolean", "true", "1.3.0", "Generate the client-side search index.", env=False)

# ---------------- [publish]
K("publish.registry", "string", '"quarry-central"', "0.7.0", "Registry used by `quarry publish` when `--registry` is not given.", env=False)
K("publish.verify", "boolean", "true", "0.7.0", "Build the packaged sources before uploading.", flag="--no-verify (sets false)", env=False)
K("publish.sign", "boolean", "false", "2.6.0", "Sign packages with the key from `QUARRY_SIGNING_KEY`.", flag="--sign", env=False)
K("publish.include-lockfile", "boolean", "true", "2.0.0", "Include `quarry.lock` in packages that contain binaries.", env=False)
K("publish.dirty", "string", '"deny"', "3.1.0", "Whether uncommitted changes block publishing.",
  values=['"deny"', '"warn"', '"allow"'], flag="--dirty <MODE>", env=False,
  notes="Replaces `--allow-dirty`, deprecated in 3.1.0 (equivalent to `--dirty allow`). With `\"deny\"`, a dirty tree fails with Q0407.")
K("publish.max-package-size", "string (size)", '"10MiB"', "1.2.0", "Refuse to upload larger packages (Q0408).", env=False)

# ---------------- [watch]
K("watch.debounce-ms", "integer (milliseconds)", "300", "1.0.0", "Quiet period after a file change before `quarry watch` reruns the command.",
  flag="--debounce <MS>", history=[("1.0.0", "introduced, default `200`"), ("3.1.0", "default changed from `200` to `300`")])
K("watch.ignore", "array of globs", '[".git", "quarry-out"]', "1.0.0", "Paths whose changes never trigger a rerun.")
K("watch.clear-screen", "boolean", "false", "1.0.0", "Clear the terminal before each run.", flag="--clear")
K("watch.poll", "boolean", "false", "1.2.0", "Poll the file system instead of using native notifications (useful on network drives).", flag="--poll")
K("watch.poll-interval-ms", "integer (milliseconds)", "1000", "1.2.0", "Polling interval when `watch.poll` is true.")
K("watch.restart", "boolean", "true", "2.0.0", "Kill and restart a still-running command when files change.")

# ---------------- [telemetry]
K("telemetry.enabled", "boolean", "false", "1.2.0", "Send anonymous usage statistics. Off unless you opt in.", scope="user")
K("telemetry.endpoint", "string (URL)", '"https://telemetry.quarrykit.dev/v1"', "1.2.0", "Where telemetry is sent.", scope="user")
K("telemetry.level", "string", '"basic"', "1.2.0", "`\"basic\"` (command names, durations) or `\"detailed\"` (adds anonymised error codes).", scope="user")

# ---------------- [sandbox]
K("sandbox.network", "string", '"deny"', "0.8.0", "Network policy for sandboxed tasks.", values=['"deny"', '"loopback"', '"allow"'],
  history=[("2.2.0", '`"loopback"` added')], notes="Only enforced when `build.sandbox` is `\"strict\"`.")
K("sandbox.allow-paths", "array of paths", "[]", "0.8.0", "Extra paths sandboxed tasks may read. Append `:rw` to allow writes.")
K("sandbox.allow-env", "array of strings", "[]", "1.0.0", "Extra environment variables passed into the sandbox on top of `build.env-passthrough`.")
K("sandbox.backend", "string", '"auto"', "2.0.0", "Isolation mechanism.", values=['"auto"', '"landlock"', '"bwrap"', '"seatbelt"', '"appcontainer"'],
  notes="`\"auto\"` picks Landlock on Linux 5.13+, bubblewrap on older Linux, Seatbelt on macOS and AppContainer on Windows. An unavailable backend is Q0216.")
K("sandbox.tmpdir", "string (path)", "(none)", "2.0.0", "Base directory for per-task temporary directories. A private directory is created when unset.")
K("sandbox.allow-exec", "array of paths", "[]", "3.0.0", "Executables outside the toolchain that sandboxed tasks may run. Others fail with Q0215.")
K("sandbox.report", "string", '"summary"', "3.0.0", "Detail of sandbox violation reports.", values=['"summary"', '"full"', '"none"'])

# ---------------- [toolchain]
K("toolchain.channel", "string", '"stable"', "1.0.0", "Compiler channel or exact version (`\"1.80.1\"`).", env=False)
K("toolchain.components", "array of strings", "[]", "1.0.0", "Extra toolchain components to install.", env=False)
K("toolchain.targets", "array of strings", "[]", "1.0.0", "Extra target standard libraries to install.", env=False)
K("toolchain.path", "string (path)", "(none)", "1.1.0", "Use a toolchain at this path instead of a managed one.", env=False)
K("toolchain.auto-install", "boolean", "true", "2.0.0", "Install a missing toolchain automatically. When false, a missing toolchain is Q0601.", env=False)
K("toolchain.profile", "string", '"minimal"', "2.0.0", "Install profile: `\"minimal\"`, `\"default\"` or `\"complete\"`.", env=False)

# ---------------- [term] / [log]
K("term.color", "string", '"auto"', "0.2.0", "Coloured output: `\"auto\"`, `\"always\"`, `\"never\"`.", flag="--color <WHEN>", scope="user")
K("term.progress", "string", '"auto"', "1.0.0", "Progress bar: `\"auto\"`, `\"always\"`, `\"never\"`.", scope="user")
K("term.quiet", "boolean", "false", "0.2.0", "Suppress status output.", flag="-q, --quiet", scope="user")
K("term.verbose", "integer", "0", "0.2.0", "Verbosity level (same as repeating `-v`).", scope="user")
K("term.unicode", "boolean", "true", "1.3.0", "Use Unicode box-drawing characters.", scope="user")
K("term.hyperlinks", "string", '"auto"', "2.4.0", "Emit terminal hyperlinks for file paths.", scope="user")
K("log.level", "string", '"info"', "0.5.0", "Log level: `error`, `warn`, `info`, `debug`, `trace`. `QUARRY_LOG` overrides it.", env=False)
K("log.format", "string", '"pretty"', "1.2.0", "Log format: `\"pretty\"`, `\"compact\"` or `\"json\"`.")
K("log.file", "string (path)", "(none)", "1.2.0", "Also write logs to this file.")

# ---------------- misc tables
K("alias.<name>", "string or array", "(none)", "1.0.0", "Define a command alias, e.g. `b = \"build --release\"`.", env=False)
K("env.<NAME>", "string or table", "(none)", "1.1.0", "Set environment variables for build tasks and `quarry run`.", scope=M, env=False)
K("scripts.<name>", "string or table", "(none)", "2.0.0", "Named project scripts run with `quarry script run <name>`.", scope=M, env=False)
K("features.<name>", "array of strings", "(none)", "0.4.0", "Declare a feature and what it enables.", scope=M, env=False)
K("features.default", "array of strings", "[]", "0.4.0", "Features enabled unless `--no-default-features` is given.", scope=M, env=False)
K("bin.name", "string", "package name", "0.1.0", "Name of a `[[bin]]` target.", scope=M, env=False)
K("bin.path", "string (path)", '"src/main.rs"', "0.1.0", "Source entry point of a `[[bin]]` target.", scope=M, env=False)
K("bin.required-features", "array of strings", "[]", "1.0.0", "Features that must be enabled to build the binary.", scope=M, env=False)
K("lib.path", "string (path)", '"src/lib.rs"', "0.1.0", "Library entry point.", scope=M, env=False)
K("lib.crate-type", "array of strings", '["lib"]', "0.4.0", "Library output kinds (`lib`, `cdylib`, `staticlib`, ...).", scope=M, env=False)
K("lib.name", "string", "package name with `-` replaced by `_`", "0.1.0", "Library name used in code.", scope=M, env=False)
K("hooks.pre-build", "array of strings", "[]", "2.2.0", "Commands run before the build graph executes.", scope=M, env=False,
  notes="Since 2.6.1, hooks declared by dependencies never run; only the root package's hooks do (QSA-2025-001).")
K("hooks.post-build", "array of strings", "[]", "2.2.0", "Commands run after a successful build.", scope=M, env=False)
K("hooks.pre-publish", "array of strings", "[]", "2.2.0", "Commands run before `quarry publish` uploads.", scope=M, env=False)
