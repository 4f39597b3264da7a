# Official plugins. Versions: abi2_last = last release for QuarryKit 2.x (ABI 2);
# abi3_first = first release for QuarryKit 3.x (ABI 3).
PLUGINS = []


def P(name, short, desc, first_qk, first_date, abi2_last, abi3_first, abi3_date, latest, latest_date,
      options=(), command=None, caps=(), status="active", notes="", category="build"):
    PLUGINS.append(dict(name=name, short=short, desc=desc, first_qk=first_qk, first_date=first_date,
                        abi2_last=abi2_last, abi3_first=abi3_first, abi3_date=abi3_date, latest=latest,
                        latest_date=latest_date, options=list(options), command=command, caps=list(caps),
                        status=status, notes=notes, category=category))


P("quarry-plugin-docker", "docker", "Builds container images with a local Docker or Podman daemon from a `Dockerfile` and tags them with the package version.",
  "0.7.0", "2022-04-05", "3.6.2", "4.0.0", "2026-08-18", "4.1.0", "2026-10-12",
  [("dockerfile", "string", '"Dockerfile"', "Path to the Dockerfile."), ("image", "string", "package name", "Image repository name."),
   ("tags", "array of strings", '["{version}", "latest"]', "Tags to apply; `{version}` expands to `project.version`."),
   ("platforms", "array of strings", "[]", "Target platforms for multi-arch builds."), ("push", "boolean", "false", "Push after building.")],
  command="quarry docker", caps=["Exec", "Network"],
  notes="Needs `sandbox.allow-exec` to include the `docker` binary under the strict sandbox in QuarryKit 3.x. For daemonless builds see quarry-plugin-oci.", category="packaging")
P("quarry-plugin-oci", "oci", "Builds OCI container images without a daemon, directly from build outputs. Works inside the strict sandbox.",
  "3.1.0", "2026-10-27", None, "1.0.0", "2026-10-27", "1.0.0", "2026-10-27",
  [("base", "string", '"scratch"', "Base image reference."), ("entrypoint", "array of strings", "binary path", "Container entrypoint."),
   ("image", "string", "package name", "Repository name."), ("tags", "array of strings", '["{version}"]', "Tags."),
   ("reproducible", "boolean", "true", "Zero timestamps and sort layers.")],
  command="quarry oci", caps=["Network"], notes="New official plugin announced with QuarryKit 3.1 on 2026-10-27. Requires QuarryKit 3.1.0 or newer.", category="packaging")
P("quarry-plugin-protobuf", "protobuf", "Generates Rust code from `.proto` files with a bundled `protoc`.",
  "0.7.0", "2022-04-20", "2.4.3", "3.0.0", "2026-08-18", "3.0.1", "2026-09-02",
  [("proto-dir", "string", '"proto"', "Directory of `.proto` files."), ("out-dir", "string", '"src/gen"', "Where generated code goes."),
   ("protoc-version", "string", '"27.1"', "Bundled protoc version."), ("include", "array of strings", "[]", "Extra include paths.")],
  category="codegen")
P("quarry-plugin-grpc", "grpc", "Generates gRPC client and server stubs on top of quarry-plugin-protobuf.",
  "1.0.0", "2022-10-04", "2.2.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("server", "boolean", "true", "Generate server traits."), ("client", "boolean", "true", "Generate clients."),
   ("transport", "string", '"http2"', "Transport feature set.")], category="codegen")
P("quarry-plugin-wasm", "wasm", "Builds WebAssembly targets, runs `wasm-opt` and emits JS bindings.",
  "1.1.0", "2022-12-06", "2.9.0", "3.0.0", "2026-08-18", "3.1.0", "2026-10-27",
  [("target", "string", '"wasm32-unknown-unknown"', "Wasm target triple."), ("opt-level", "string", '"s"', "`wasm-opt` level."),
   ("bindings", "string", '"web"', "Binding style: `web`, `bundler`, `node`, `none`.")], command="quarry wasm", category="languages")
P("quarry-plugin-node", "node", "Builds and bundles JavaScript/TypeScript packages with npm or pnpm as part of the graph.",
  "1.2.0", "2023-03-01", "2.7.1", "3.0.0", "2026-08-18", "3.0.2", "2026-09-29",
  [("package-manager", "string", '"npm"', "`npm` or `pnpm`."), ("dir", "string", '"web"', "Directory with `package.json`."),
   ("script", "string", '"build"', "npm script to run."), ("offline", "boolean", "false", "Use only the local npm cache.")],
  caps=["Exec", "Network"], notes="Under the 3.x strict sandbox, `npm install` runs in a separate fetch task with network access; the build script itself runs offline.", category="languages")
P("quarry-plugin-python", "python", "Builds Python extension modules and wheels from Rust crates.",
  "1.3.0", "2023-05-16", "2.5.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("python", "string", '"python3"', "Interpreter used for ABI tags."), ("abi3", "boolean", "true", "Build stable-ABI wheels."),
   ("wheel-dir", "string", '"quarry-out/wheels"', "Output directory.")], caps=["Exec"], category="languages")
P("quarry-plugin-go", "go", "Compiles Go modules with the Go toolchain and links them into the task graph.",
  "2.0.0", "2023-11-14", "1.8.0", "2.0.0", "2026-08-18", "2.0.1", "2026-09-08",
  [("module-dir", "string", '"go"', "Directory with `go.mod`."), ("goflags", "array of strings", "[]", "Extra flags."),
   ("cgo", "boolean", "false", "Enable cgo.")], caps=["Exec"], category="languages")
P("quarry-plugin-zig", "zig", "Compiles Zig sources and uses `zig cc` as a cross-compilation linker for C dependencies.",
  "3.0.0", "2026-08-18", None, "1.0.0", "2026-08-18", "1.1.0", "2026-10-27",
  [("zig-version", "string", '"0.13.0"', "Zig toolchain version to download."), ("use-as-linker", "boolean", "false", "Use `zig cc` as linker for cross targets."),
   ("src-dir", "string", '"zig"', "Directory with Zig sources.")], caps=["Exec", "Network"],
  notes="Introduced together with QuarryKit 3.0.0 on 2026-08-18.", category="languages")
P("quarry-plugin-cmake", "cmake", "Builds CMake projects as tasks and exposes their libraries to dependent crates.",
  "0.9.0", "2022-08-16", "2.3.4", "3.0.0", "2026-08-18", "3.0.1", "2026-09-15",
  [("source-dir", "string", '"."', "CMake source directory."), ("generator", "string", '"Ninja"', "CMake generator."),
   ("defines", "table", "{}", "`-D` definitions.")], caps=["Exec"], notes="Recommended replacement for quarry-plugin-legacy-make.", category="languages")
P("quarry-plugin-legacy-make", "legacy-make", "Runs Makefile targets as opaque tasks. Kept for projects migrating from Make.",
  "0.7.0", "2022-05-10", "1.9.3", None, None, "1.9.3", "2026-04-14",
  [("makefile", "string", '"Makefile"', "Path to the Makefile."), ("targets", "array of strings", '["all"]', "Make targets.")],
  caps=["Exec"], status="archived",
  notes="Marked maintenance-only in QuarryKit 2.8.0, deprecated with QuarryKit 3.0.0 (no ABI 3 release), and archived on 2026-10-05. Loading it on QuarryKit 3.x is not possible; QuarryKit 3.1 and later print Q0333 when a project still lists it in `[plugin-deps]`. Migrate to quarry-plugin-cmake or `[scripts]`.", category="languages")
P("quarry-plugin-cross", "cross", "Provides linkers and sysroots for cross-compilation targets.",
  "1.1.0", "2022-11-29", "2.6.0", "3.0.0", "2026-08-18", "3.1.0", "2026-10-20",
  [("image", "string", '"auto"', "Sysroot image per target."), ("linker", "string", '"auto"', "Linker selection; `zig` delegates to quarry-plugin-zig.")],
  caps=["Exec", "Network"], category="build")
P("quarry-plugin-coverage", "coverage", "Turns coverage data from `quarry test --coverage` into HTML and uploads reports.",
  "2.3.0", "2024-07-16", "1.4.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("html", "boolean", "true", "Write an HTML report."), ("min-line-coverage", "integer", "0", "Fail below this percentage."),
   ("upload", "string", '"none"', "`none`, `codecov` or `coveralls`.")], caps=["Network"], category="testing")
P("quarry-plugin-license", "license", "Checks dependency licenses against an allow list and writes a NOTICE file.",
  "1.2.0", "2023-02-14", "2.3.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("allow", "array of strings", '["MIT", "Apache-2.0", "BSD-3-Clause"]', "Allowed SPDX identifiers."),
   ("notice-file", "string", '"NOTICE"', "Output file.")], command="quarry license", category="compliance")
P("quarry-plugin-sign", "sign", "Signs build artifacts with minisign or Sigstore keyless signing.",
  "2.0.0", "2023-12-05", "1.6.0", "2.0.0", "2026-08-18", "2.1.0", "2026-10-27",
  [("method", "string", '"sigstore"', "`sigstore` or `minisign`."), ("key-env", "string", '"QUARRY_SIGN_KEY"', "Variable holding a minisign key.")],
  caps=["Network", "Secrets"], category="compliance")
P("quarry-plugin-provenance", "provenance", "Generates SLSA provenance attestations (in-toto format) for build artifacts.",
  "3.1.0", "2026-10-27", None, "1.0.0", "2026-10-27", "1.0.0", "2026-10-27",
  [("slsa-level", "integer", "2", "Targeted SLSA build level."), ("output", "string", '"quarry-out/provenance.intoto.jsonl"', "Attestation path."),
   ("sign", "boolean", "true", "Sign with quarry-plugin-sign if installed.")], command="quarry provenance",
  notes="New official plugin announced with QuarryKit 3.1 on 2026-10-27. Requires QuarryKit 3.1.0 or newer and the strict sandbox.", category="compliance")
P("quarry-plugin-s3-cache", "s3-cache", "Uses an S3 bucket as remote cache without running a cache server.",
  "1.3.0", "2023-05-02", "2.4.0", "3.0.0", "2026-08-18", "3.0.1", "2026-11-10",
  [("bucket", "string", "(required)", "Bucket name."), ("region", "string", '"us-east-1"', "AWS region."),
   ("prefix", "string", '"quarry/"', "Key prefix.")], caps=["Network", "Secrets"],
  notes="3.0.1 (2026-11-10) stops logging pre-signed URLs at trace level, related to QSA-2026-004.", category="caching")
P("quarry-plugin-gcs-cache", "gcs-cache", "Uses a Google Cloud Storage bucket as remote cache.",
  "2.0.0", "2023-11-21", "1.3.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("bucket", "string", "(required)", "Bucket name."), ("prefix", "string", '"quarry/"', "Object prefix.")], caps=["Network", "Secrets"], category="caching")
P("quarry-plugin-azure-cache", "azure-cache", "Uses Azure Blob Storage as remote cache.",
  "2.1.0", "2024-02-06", "1.2.0", "2.0.0", "2026-08-25", "2.0.0", "2026-08-25",
  [("account", "string", "(required)", "Storage account."), ("container", "string", '"quarry-cache"', "Container name.")], caps=["Network", "Secrets"], category="caching")
P("quarry-plugin-release", "release", "Creates GitHub and GitLab releases with built artifacts attached.",
  "1.0.0", "2022-09-20", "2.8.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("provider", "string", '"github"', "`github` or `gitlab`."), ("draft", "boolean", "true", "Create drafts."),
   ("assets", "array of strings", '["quarry-out/release/*"]', "Files to upload.")], command="quarry release", caps=["Network", "Secrets"], category="release")
P("quarry-plugin-changelog", "changelog", "Generates `CHANGELOG.md` sections from conventional-commit history.",
  "1.4.0", "2023-07-18", "2.1.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("file", "string", '"CHANGELOG.md"', "Changelog path."), ("types", "array of strings", '["feat", "fix", "perf"]', "Commit types that produce entries."),
   ("link-issues", "boolean", "true", "Turn `#123` into links.")], command="quarry changelog", category="release")
P("quarry-plugin-deb", "deb", "Builds Debian packages from binaries and assets.",
  "1.2.0", "2023-02-28", "2.0.1", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("maintainer", "string", "first of `project.authors`", "Package maintainer."), ("section", "string", '"utils"', "Debian section."),
   ("depends", "string", '"$auto"', "Runtime dependencies.")], category="packaging")
P("quarry-plugin-rpm", "rpm", "Builds RPM packages.",
  "1.3.0", "2023-06-06", "1.7.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("release", "string", '"1"', "RPM release number."), ("license", "string", "value of `project.license`", "License tag.")], category="packaging")
P("quarry-plugin-msi", "msi", "Builds Windows MSI installers with WiX.",
  "1.4.0", "2023-08-08", "1.5.0", "2.0.0", "2026-09-01", "2.0.0", "2026-09-01",
  [("upgrade-code", "string", "(required)", "Stable GUID for upgrades."), ("wix-version", "string", '"4"', "WiX major version.")], caps=["Exec"], category="packaging")
P("quarry-plugin-homebrew", "homebrew", "Generates Homebrew formulae for released binaries.",
  "2.2.0", "2024-04-23", "1.1.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("tap", "string", "(required)", "Tap repository."), ("formula-name", "string", "package name", "Formula name.")], caps=["Network", "Secrets"], category="release")
P("quarry-plugin-openapi", "openapi", "Generates typed clients and server stubs from OpenAPI 3 documents.",
  "2.0.0", "2023-10-24", "2.2.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("spec", "string", '"openapi.yaml"', "Specification file."), ("generate", "string", '"client"', "`client`, `server` or `both`.")], category="codegen")
P("quarry-plugin-graphql", "graphql", "Generates query types from a GraphQL schema and `.graphql` files.",
  "2.1.0", "2024-02-13", "1.3.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("schema", "string", '"schema.graphql"', "Schema path."), ("queries", "string", '"queries"', "Query directory.")], category="codegen")
P("quarry-plugin-flatbuffers", "flatbuffers", "Compiles FlatBuffers schemas with a bundled `flatc`.",
  "1.4.0", "2023-09-12", "1.6.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("schema-dir", "string", '"fbs"', "Schema directory.")], category="codegen")
P("quarry-plugin-capnp", "capnp", "Compiles Cap'n Proto schemas.", "2.0.0", "2023-12-12", "1.2.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("schema-dir", "string", '"capnp"', "Schema directory.")], category="codegen")
P("quarry-plugin-sql", "sql", "Checks SQL migrations for ordering problems and verifies queries against a schema snapshot.",
  "2.2.0", "2024-05-14", "1.4.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("migrations", "string", '"migrations"', "Migration directory."), ("dialect", "string", '"postgres"', "`postgres`, `mysql` or `sqlite`.")], category="quality")
P("quarry-plugin-bindgen", "bindgen", "Generates Rust bindings for C headers.", "1.0.0", "2022-09-27", "2.5.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("headers", "array of strings", "(required)", "Header files."), ("allowlist", "array of strings", "[]", "Items to keep.")], category="codegen")
P("quarry-plugin-cbindgen", "cbindgen", "Generates C headers from Rust `extern \"C\"` items.", "1.1.0", "2022-12-13", "2.0.3", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("header", "string", '"include/{name}.h"', "Output header."), ("language", "string", '"C"', "`C` or `C++`.")], category="codegen")
P("quarry-plugin-ffi", "ffi", "Generates Kotlin and Swift bindings for Rust libraries.", "2.3.0", "2024-07-23", "1.2.0", "2.0.0", "2026-09-08", "2.0.0", "2026-09-08",
  [("languages", "array of strings", '["kotlin", "swift"]', "Binding languages.")], category="codegen")
P("quarry-plugin-fuzz", "fuzz", "Builds and runs fuzz targets with libFuzzer.", "1.3.0", "2023-05-23", "2.0.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("max-total-time", "integer", "300", "Seconds per fuzz run."), ("corpus-dir", "string", '"fuzz/corpus"', "Corpus directory.")], command="quarry fuzz", category="testing")
P("quarry-plugin-bench-report", "bench-report", "Renders `quarry bench` baselines as HTML and comments regressions on pull requests.",
  "2.0.0", "2023-11-07", "1.3.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("threshold-percent", "integer", "5", "Regression threshold."), ("comment", "boolean", "false", "Post a PR comment.")], caps=["Network", "Secrets"], category="testing")
P("quarry-plugin-mutants", "mutants", "Runs mutation testing and reports surviving mutants.", "2.4.0", "2024-10-22", "1.1.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("timeout-multiplier", "integer", "3", "Multiplier of normal test time."), ("exclude", "array of strings", "[]", "Files to skip.")], command="quarry mutants", category="testing")
P("quarry-plugin-junit-merge", "junit-merge", "Merges JUnit reports from workspace members into one file for CI.", "1.4.0", "2023-07-25", "1.5.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("output", "string", '"quarry-out/junit.xml"', "Merged report path.")], category="testing")
P("quarry-plugin-lint-extra", "lint-extra", "Adds about 40 extra lints for build scripts, manifests and unsafe code.", "1.1.0", "2022-12-20", "2.6.0", "3.0.0", "2026-08-18", "3.0.1", "2026-10-06",
  [("groups", "array of strings", '["manifest", "build-script"]', "Lint groups to enable.")], category="quality")
P("quarry-plugin-spellcheck", "spellcheck", "Spell-checks doc comments and Markdown files.", "1.2.0", "2023-03-14", "1.8.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("dictionary", "string", '"en_US"', "Dictionary."), ("extra-words", "string", '".spelling"', "Project word list.")], category="quality")
P("quarry-plugin-assets", "assets", "Fingerprints, compresses and bundles static web assets.", "1.2.0", "2023-04-04", "2.2.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("dir", "string", '"assets"', "Source directory."), ("compress", "array of strings", '["br", "gzip"]', "Precompressed variants.")], category="build")
P("quarry-plugin-i18n", "i18n", "Compiles translation catalogs (Fluent and gettext).", "2.1.0", "2024-03-05", "1.2.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("format", "string", '"fluent"', "`fluent` or `gettext`."), ("locales-dir", "string", '"locales"', "Catalog directory.")], category="build")
P("quarry-plugin-embed", "embed", "Embeds files into binaries with content hashes for cache busting.", "1.0.0", "2022-10-18", "2.1.0", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("dirs", "array of strings", "[]", "Directories to embed."), ("compress", "boolean", "true", "Compress embedded data.")], category="build")
P("quarry-plugin-kubernetes", "kubernetes", "Renders Kubernetes manifests with image digests from docker or oci builds.", "2.0.0", "2024-01-09", "1.4.0", "2.0.0", "2026-08-18", "2.1.0", "2026-10-27",
  [("templates", "string", '"deploy"', "Template directory."), ("namespace", "string", '"default"', "Namespace.")], category="packaging",
  notes="2.1.0 can read image digests from quarry-plugin-oci artifacts.")
P("quarry-plugin-notify", "notify", "Sends build results to Slack, Matrix or a webhook.", "1.3.0", "2023-06-20", "1.7.0", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("webhook-env", "string", '"QUARRY_NOTIFY_WEBHOOK"', "Variable with the webhook URL."), ("on", "string", '"failure"', "`always`, `failure` or `success`.")],
  caps=["Network", "Secrets"], category="release")
P("quarry-plugin-git-version", "git-version", "Derives `project.version` pre-release suffixes from git tags and commit counts.", "1.0.0", "2022-11-01", "2.3.1", "3.0.0", "2026-08-18", "3.0.0", "2026-08-18",
  [("tag-prefix", "string", '"v"', "Prefix of release tags."), ("dirty-suffix", "string", '"-dirty"', "Suffix for dirty trees.")], category="release")
P("quarry-plugin-env-check", "env-check", "Fails early when required tools or environment variables are missing.", "2.4.0", "2024-11-12", "1.0.2", "2.0.0", "2026-08-18", "2.0.0", "2026-08-18",
  [("require-tools", "array of strings", "[]", "Executables that must exist."), ("require-env", "array of strings", "[]", "Variables that must be set.")], category="quality")
