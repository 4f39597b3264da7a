# CLI command reference data. One page per command / subcommand.
CMDS = []


def C(name, since, summary, usage, flags=(), desc="", examples=(), related=(), notes="", args=(), errors=()):
    CMDS.append(dict(name=name, since=since, summary=summary, usage=usage, flags=list(flags), desc=desc,
                     examples=list(examples), related=list(related), notes=notes, args=list(args), errors=list(errors)))


def F(flag, desc, default=None, since=None, deprecated=None, key=None):
    return dict(flag=flag, desc=desc, default=default, since=since, deprecated=deprecated, key=key)


PKG = [F("-p, --package <SPEC>", "Operate on the named workspace member(s).", since="0.9.0"),
       F("--workspace", "Operate on all workspace members.", since="0.9.0")]
FEAT = [F("--features <LIST>", "Comma-separated features to enable."),
        F("--all-features", "Enable all features."),
        F("--no-default-features", "Do not enable the `default` feature.")]
TGT = [F("--target <TRIPLE>", "Build for the given target triple.", default="host triple", key="build.default-target"),
       F("--targets <LIST|all>", "Build for several targets, or every target listed in `build.targets`.", since="3.1.0", key="build.targets"),
       F("--all-targets", "Build every target listed in `build.targets`.", since="1.1.0", deprecated="3.1.0; use `--targets all`")]
PROF = [F("--release", "Use the `release` profile."),
        F("--profile <NAME>", "Use the named profile.", default="dev", since="1.2.0")]

C("init", "0.1.0", "Create a `quarry.toml` in an existing directory.", "quarry init [OPTIONS] [PATH]",
  [F("--name <NAME>", "Package name.", default="directory name"),
   F("--edition <YEAR>", "Edition to write into the manifest.", default='"2026"', key="project.edition"),
   F("--lib", "Create a library package."), F("--bin", "Create a binary package (the default)."),
   F("--vcs <VCS>", "Initialise a repository: `git` or `none`.", default="git"),
   F("--template <NAME>", "Start from a template published on the registry.", since="2.0.0")],
  desc="Writes a minimal manifest and, unless `--vcs none` is given, a `.gitignore` that ignores `quarry-out/`. Existing files are never overwritten.",
  examples=["quarry init --lib", "quarry init --edition 2023 ./legacy-tool"], related=["new"], errors=["Q0002"])
C("new", "0.1.0", "Create a new package in a new directory.", "quarry new [OPTIONS] <PATH>",
  [F("--name <NAME>", "Package name.", default="last path component"),
   F("--edition <YEAR>", "Edition to write into the manifest.", default='"2026"', key="project.edition"),
   F("--lib", "Create a library package."), F("--vcs <VCS>", "`git` or `none`.", default="git"),
   F("--template <NAME>", "Start from a registry template.", since="2.0.0")],
  desc="Same as `quarry init` but creates the directory first. Fails if the directory exists and is not empty.",
  examples=["quarry new tile-server", "quarry new --lib geo-utils"], related=["init"], errors=["Q0002", "Q0003"])
C("build", "0.1.0", "Compile the current package and its dependencies.", "quarry build [OPTIONS]",
  [F("-j, --jobs <N>", "Number of parallel tasks.", default="number of logical CPUs", key="build.jobs")] + PROF + TGT + FEAT + PKG +
  [F("--keep-going", "Continue with independent tasks after a failure.", since="0.6.0", key="build.keep-going"),
   F("--sandbox <MODE>", "`off`, `permissive` or `strict`.", default='"strict"', since="0.8.0", key="build.sandbox"),
   F("--cache <MODE>", "`on`, `off` or `read-only`.", default='"on"', since="3.0.0", key="build.cache"),
   F("--no-cache", "Do not read or write the cache.", since="0.4.0", deprecated="3.0.0; use `--cache off`"),
   F("--out-dir <DIR>", "Output directory.", default='"quarry-out"', key="build.out-dir"),
   F("--timings", "Write an HTML timing report.", since="1.4.0", key="build.timings")],
  desc="Builds the task graph for the selected packages and profile and executes it. Results are reused from the local cache and, if configured, the remote cache. In 3.x tasks run in the strict sandbox unless `build.sandbox` or `--sandbox` says otherwise.",
  examples=["quarry build --release", "quarry build -j 4 --keep-going", "quarry build --targets x86_64-unknown-linux-musl,aarch64-unknown-linux-gnu", "quarry build --cache read-only"],
  related=["check", "run", "clean"], errors=["Q0201", "Q0207", "Q0212", "Q0213"])
C("run", "0.1.0", "Build and run a binary of the current package.", "quarry run [OPTIONS] [-- ARGS...]",
  [F("--bin <NAME>", "Binary to run.", default="value of `project.default-run`", key="project.default-run"),
   F("--example <NAME>", "Run an example instead.", since="0.3.0")] + PROF + FEAT + PKG[:1],
  desc="Arguments after `--` are passed to the program. The program itself does not run in the sandbox.",
  examples=["quarry run -- --port 8080", "quarry run --bin migrate --release"], related=["build"], errors=["Q0221"])
C("test", "0.2.0", "Build and run tests.", "quarry test [OPTIONS] [FILTER] [-- ARGS...]",
  [F("--test-threads <N>", "Tests run concurrently.", default="value of `build.jobs`", since="0.6.0", key="test.threads"),
   F("--timeout <SECS>", "Per-test time limit in seconds.", default="120", since="0.6.0", key="test.timeout"),
   F("--retries <N>", "Retry failing tests.", default="0", since="1.4.0", key="test.retries"),
   F("--shuffle", "Randomise test order.", since="2.1.0", key="test.shuffle"),
   F("--seed <N>", "Seed for `--shuffle`.", since="2.1.0", key="test.seed"),
   F("--reporter <NAME>", "`pretty`, `terse`, `json` or `junit`.", default='"pretty"', since="0.6.0", key="test.reporter"),
   F("--no-fail-fast", "Run all test binaries even after a failure.", since="0.6.0", key="test.fail-fast"),
   F("--coverage", "Collect coverage.", since="2.3.0", key="test.coverage"),
   F("--include-ignored", "Run ignored tests too.", since="1.0.0", key="test.include-ignored")] + PROF + FEAT + PKG,
  desc="Builds test binaries with the `test` profile (inherits `dev`) and runs them. Doc tests run when `test.doc-tests` is true. The per-test timeout default rose from 60 to 120 seconds in 3.1.0.",
  examples=["quarry test parser::", "quarry test --shuffle --seed 42", "quarry test --reporter junit --timeout 300"],
  related=["bench", "build"], errors=["Q0501", "Q0503"])
C("bench", "1.1.0", "Build and run benchmarks.", "quarry bench [OPTIONS] [FILTER]",
  PROF[1:] + FEAT + PKG + [F("--save-baseline <NAME>", "Store results as a named baseline.", since="2.0.0"),
                            F("--baseline <NAME>", "Compare against a stored baseline.", since="2.0.0")],
  desc="Benchmarks build with the `bench` profile, which inherits `release`.", examples=["quarry bench --save-baseline main"], related=["test"])
C("check", "0.3.0", "Type-check without generating code.", "quarry check [OPTIONS]",
  PROF + FEAT + PKG + TGT[:1], desc="Much faster than `quarry build` for editor integrations. Shares the cache with `build`.",
  examples=["quarry check --workspace"], related=["build", "lint"])
C("clean", "0.1.0", "Remove build outputs.", "quarry clean [OPTIONS]",
  [F("--doc", "Remove only generated documentation.", since="0.4.0"), F("--release", "Remove only release outputs."),
   F("--dry-run", "Show what would be removed.", since="1.2.0"), F("--cache", "Also clear this project's entries from the local cache.", since="0.4.0")] + PKG[:1],
  desc="Deletes the output directory (`build.out-dir`). The shared cache is untouched unless `--cache` is given.",
  examples=["quarry clean --dry-run"], related=["cache clean"])
C("fmt", "0.3.0", "Format source files.", "quarry fmt [OPTIONS] [PATHS...]",
  [F("--check", "Exit with status 1 instead of writing when files would change."),
   F("--line-width <N>", "Maximum line width.", default="100", key="fmt.line-width"),
   F("--style <NAME>", "`default`, `compact` or `wide`.", default='"default"', since="1.2.0", key="fmt.style")],
  examples=["quarry fmt --check", "quarry fmt src/parser.rs"], related=["lint"], errors=["Q0211"])
C("lint", "0.5.0", "Run lints.", "quarry lint [OPTIONS]",
  [F("--fix", "Apply machine-applicable suggestions.", since="1.1.0"),
   F("--deny-warnings", "Treat warnings as errors."),
   F("--max-warnings <N>", "Fail above this many warnings.", since="2.2.0", key="lint.max-warnings"),
   F("--baseline <PATH>", "Only report findings not in the baseline.", since="2.6.0", key="lint.baseline")] + PKG,
  examples=["quarry lint --fix", "quarry lint --max-warnings 0"], related=["fmt", "check"], errors=["Q0214"])
C("doc", "0.4.0", "Generate documentation.", "quarry doc [OPTIONS]",
  [F("--open", "Open in a browser.", key="doc.open"), F("--private", "Include private items.", key="doc.private-items"),
   F("--no-deps", "Do not document dependencies.")] + PKG, examples=["quarry doc --no-deps --open"])
C("add", "0.6.0", "Add a dependency to `quarry.toml`.", "quarry add [OPTIONS] <DEP>[@<VERSION>]...",
  [F("--dev", "Add to `[dev-dependencies]`."), F("--build", "Add to `[build-dependencies]`."),
   F("--features <LIST>", "Features to enable."), F("--optional", "Mark optional."),
   F("--registry <NAME>", "Registry to use.", default="value of `registry.default`"),
   F("--path <PATH>", "Add a path dependency."), F("--git <URL>", "Add a git dependency."),
   F("--rename <NAME>", "Local name for the dependency.", since="1.0.0"), F("--dry-run", "Print the change only.", since="1.2.0")],
  desc="Resolves the newest compatible version, writes it as a caret requirement and updates `quarry.lock`.",
  examples=["quarry add serde@1.0 --features derive", "quarry add --dev proptest"], related=["remove", "update"], errors=["Q0101"])
C("remove", "0.6.0", "Remove a dependency from `quarry.toml`.", "quarry remove [OPTIONS] <DEP>...",
  [F("--dev", "Remove from `[dev-dependencies]`."), F("--build", "Remove from `[build-dependencies]`."), F("--dry-run", "Print only.", since="1.2.0")],
  examples=["quarry remove chrono"], related=["add"])
C("update", "0.3.0", "Update dependencies in `quarry.lock`.", "quarry update [OPTIONS] [SPEC...]",
  [F("--precise <VERSION>", "Update one package to exactly this version."), F("--dry-run", "Show changes only.", since="1.0.0"),
   F("--recursive", "Also update the dependencies of the named packages.", since="1.1.0")],
  examples=["quarry update", "quarry update tokio --precise 1.40.0"], related=["lock", "add"], errors=["Q0101", "Q0110"])
C("lock", "1.0.0", "Create or check `quarry.lock` without building.", "quarry lock [OPTIONS]",
  [F("--check", "Fail with Q0121 if the lockfile is missing or out of date."),
   F("--upgrade-format", "Rewrite the lockfile in the newest format (v4 in 3.x).", since="3.0.0")],
  desc="QuarryKit 3.0 reads lockfile formats 3 and 4 and writes format 4. A v3 lockfile is rewritten on the next command that changes it, or explicitly with `--upgrade-format`.",
  examples=["quarry lock --check", "quarry lock --upgrade-format"], related=["update"], errors=["Q0121", "Q0122"])
C("fetch", "0.5.0", "Download all dependencies.", "quarry fetch [OPTIONS]",
  [F("--target <TRIPLE>", "Only fetch dependencies for this target.", since="1.1.0")],
  desc="Useful before going offline. Since 2.6.1, `quarry fetch` never runs `[hooks]` from dependencies.", examples=["quarry fetch && quarry build --offline"], related=["vendor"])
C("vendor", "0.9.0", "Copy all dependency sources into a local directory.", "quarry vendor [OPTIONS] [PATH]",
  [F("--out <DIR>", "Destination directory.", default='"vendor"'),
   F("--no-delete", "Keep the existing contents of the destination."),
   F("--versioned-dirs", "Always put the version in directory names.", since="1.0.0"),
   F("--respect-source-config", "Honour source replacement already configured.", since="1.2.0")],
  desc="Prints the `[source]` configuration needed to build from the vendored copy. Versions before 2.8.5 and 3.0.2 are affected by QSA-2026-003 (path traversal through crafted package archives); upgrade before vendoring untrusted dependencies.",
  examples=["quarry vendor", "quarry vendor --out third_party/vendor"], related=["fetch"], errors=["Q0141"])
C("tree", "1.0.0", "Display the dependency tree.", "quarry tree [OPTIONS]",
  [F("--depth <N>", "Maximum depth."), F("-i, --invert <SPEC>", "Show what depends on a package."),
   F("-d, --duplicates", "Show packages present in more than one version."),
   F("--format <FMT>", "Template for each line.", default='"{p}"', since="1.2.0")] + FEAT,
  examples=["quarry tree -d", "quarry tree -i openssl-sys"], related=["graph"])
C("graph", "1.2.0", "Export the task or dependency graph.", "quarry graph [OPTIONS]",
  [F("--format <FMT>", "`dot`, `json` or `mermaid`.", default='"dot"'), F("--tasks", "Export the task graph instead of the dependency graph."),
   F("-o, --output <FILE>", "Write to a file.")],
  examples=["quarry graph --tasks --format mermaid -o graph.md"], related=["tree"])
C("package", "0.7.0", "Assemble a distributable package archive.", "quarry package [OPTIONS]",
  [F("--list", "List the files that would be included."), F("--no-verify", "Skip the verification build."),
   F("--allow-dirty", "Package with uncommitted changes.", deprecated="3.1.0; use `--dirty allow`"),
   F("--dirty <MODE>", "`deny`, `warn` or `allow`.", default='"deny"', since="3.1.0", key="publish.dirty")],
  desc="Writes `quarry-out/package/<name>-<version>.qpkg`.", examples=["quarry package --list"], related=["publish"], errors=["Q0407", "Q0408"])
C("publish", "0.7.0", "Upload a package to a registry.", "quarry publish [OPTIONS]",
  [F("--registry <NAME>", "Target registry.", default='"quarry-central"', key="publish.registry"),
   F("--dry-run", "Do everything except upload."),
   F("--no-verify", "Skip the verification build.", key="publish.verify"),
   F("--allow-dirty", "Publish with uncommitted changes.", deprecated="3.1.0; use `--dirty allow`"),
   F("--dirty <MODE>", "`deny`, `warn` or `allow`.", default='"deny"', since="3.1.0", key="publish.dirty"),
   F("--sign", "Sign the package.", since="2.6.0", key="publish.sign"),
   F("--token <TOKEN>", "Registry token.", deprecated="2.0.0; use `quarry login` or `QUARRY_REGISTRY_TOKEN`")],
  desc="Runs `[hooks] pre-publish`, packages, verifies and uploads. The token comes from the credential provider or, in CI, from `QUARRY_REGISTRY_TOKEN` (`QUARRY_TOKEN` is still read in 3.x but deprecated).",
  examples=["quarry publish --dry-run", "quarry publish --registry internal --sign"], related=["package", "login", "yank"],
  errors=["Q0401", "Q0404", "Q0405", "Q0406", "Q0407"])
C("yank", "0.9.0", "Mark a published version as yanked.", "quarry yank [OPTIONS] <NAME>@<VERSION>",
  [F("--undo", "Un-yank the version."), F("--registry <NAME>", "Registry.", default='"quarry-central"')],
  desc="Yanked versions stay downloadable for existing lockfiles but are not chosen for new resolutions.", examples=["quarry yank geo-utils@0.3.1"], related=["publish"])
C("owner", "1.0.0", "Manage package owners.", "quarry owner <SUBCOMMAND>", [], desc="Subcommands: `add`, `remove`, `list`.",
  related=["owner add", "owner remove", "owner list"])
C("owner add", "1.0.0", "Invite a user or team as owner.", "quarry owner add <LOGIN> [--package <NAME>]",
  [F("--package <NAME>", "Package.", default="current package")], examples=["quarry owner add github:team/core"], related=["owner"])
C("owner remove", "1.0.0", "Remove an owner.", "quarry owner remove <LOGIN> [--package <NAME>]",
  [F("--package <NAME>", "Package.", default="current package")], related=["owner"], notes="The last owner cannot be removed (Q0409).")
C("owner list", "1.0.0", "List owners.", "quarry owner list [--package <NAME>]", [F("--package <NAME>", "Package.", default="current package")], related=["owner"])
C("login", "0.7.0", "Store a registry token.", "quarry login [OPTIONS]",
  [F("--registry <NAME>", "Registry.", default='"quarry-central"')],
  desc="Reads the token from standard input and stores it with the configured credential provider (`keyring` by default since 2.0.0). Tokens are never echoed since 2.7.1.",
  examples=["echo $TOKEN | quarry login", "quarry login --registry internal"], related=["logout", "publish"], errors=["Q0401"])
C("logout", "1.0.0", "Remove a stored registry token.", "quarry logout [--registry <NAME>]", [F("--registry <NAME>", "Registry.", default='"quarry-central"')], related=["login"])
C("search", "0.7.0", "Search the registry.", "quarry search [OPTIONS] <QUERY>",
  [F("--limit <N>", "Maximum results.", default="10"), F("--registry <NAME>", "Registry.", default='"quarry-central"')],
  examples=["quarry search protobuf --limit 5"], related=["info"])
C("info", "2.2.0", "Show registry information about a package.", "quarry info <NAME>[@<VERSION>]",
  [F("--registry <NAME>", "Registry.", default='"quarry-central"')], examples=["quarry info tokio@1.40"], related=["search"])

C("plugin", "0.7.0", "Manage plugins.", "quarry plugin <SUBCOMMAND>", [],
  desc="Subcommands: `install`, `remove`, `list`, `update`, `search`, `info`, `new`, `verify`, `pin`.",
  related=["plugin install", "plugin list", "plugin verify"])
C("plugin install", "0.7.0", "Install a plugin.", "quarry plugin install [OPTIONS] <NAME>[@<VERSION>]",
  [F("--version <REQ>", "Version requirement.", default="newest compatible"),
   F("--path <DIR>", "Install from a local directory.", since="1.0.0"),
   F("--git <URL>", "Install from a git repository.", since="0.7.0", deprecated="removed in 3.0.0; publish to a registry or use `--path`"),
   F("--force", "Reinstall even if present."),
   F("--allow-unsigned", "Allow an unsigned plugin for this install.", since="1.0.0", key="plugins.allow-unsigned")],
  desc="Downloads the plugin from `plugins.registry`, checks its signature and ABI, and records it in `~/.quarry/plugins`. Since 2.8.4 names that are close to an official plugin name trigger a typosquatting warning (Q0312). Since 3.0.0 unsigned plugins are refused unless `--allow-unsigned` is passed.",
  examples=["quarry plugin install docker", "quarry plugin install protobuf@2.4", "quarry plugin install --path ./my-plugin --allow-unsigned"],
  related=["plugin remove", "plugin verify", "plugin pin"], errors=["Q0302", "Q0305", "Q0312", "Q0320"])
C("plugin remove", "0.7.0", "Uninstall a plugin.", "quarry plugin remove <NAME>", [F("--keep-config", "Keep its cached configuration.", since="2.0.0")], related=["plugin install"])
C("plugin list", "0.7.0", "List installed plugins.", "quarry plugin list [OPTIONS]",
  [F("--outdated", "Only show plugins with newer versions.", since="1.1.0"), F("--json", "JSON output.", since="2.0.0")], related=["plugin update"])
C("plugin update", "1.0.0", "Update installed plugins.", "quarry plugin update [NAME...]",
  [F("--dry-run", "Show what would change.")], related=["plugin list", "plugin pin"])
C("plugin search", "0.7.0", "Search for plugins.", "quarry plugin search <QUERY>", [F("--limit <N>", "Maximum results.", default="10")], related=["plugin info"])
C("plugin info", "1.0.0", "Show details of a plugin.", "quarry plugin info <NAME>[@<VERSION>]", [], related=["plugin search"])
C("plugin new", "1.0.0", "Scaffold a new plugin crate.", "quarry plugin new [OPTIONS] <PATH>",
  [F("--sdk <VERSION>", "quarry-sdk version to target.", default="SDK matching the running QuarryKit (3.x)")],
  desc="Creates a crate depending on `quarry-sdk`, with a `register_plugin!` entry point and a test harness. The generated crate sets `rust-version = \"1.80\"` for SDK 3.x.",
  examples=["quarry plugin new quarry-plugin-hello"], related=["plugin install"])
C("plugin verify", "2.0.0", "Check signatures and ABI of installed plugins.", "quarry plugin verify [NAME...]",
  [F("--json", "JSON output.")], related=["plugin install"], errors=["Q0302", "Q0305", "Q0306"])
C("plugin pin", "3.0.0", "Pin a plugin to an exact version in `quarry.lock`.", "quarry plugin pin <NAME>@<VERSION>",
  [F("--unpin", "Remove the pin.")], desc="Pinned plugins are skipped by `plugin update` and `plugins.auto-update`.", related=["plugin update"])

C("cache", "0.4.0", "Inspect and manage the build cache.", "quarry cache <SUBCOMMAND>", [],
  desc="Subcommands: `stats`, `clean`, `prune`, `path`, `verify`, `push`.", related=["cache stats", "cache prune"])
C("cache stats", "0.4.0", "Show cache size, hit rate and limits.", "quarry cache stats [--json]", [F("--json", "JSON output.", since="2.0.0")],
  desc="Reports the configured `cache.max-size` (default `25GiB` in 3.x), current usage and local/remote hit rates of the last builds.", related=["cache"])
C("cache clean", "0.4.0", "Delete the whole local cache.", "quarry cache clean [--yes]", [F("--yes", "Do not ask for confirmation.")], related=["cache prune"])
C("cache prune", "1.2.0", "Run garbage collection now.", "quarry cache prune [OPTIONS]",
  [F("--max-size <SIZE>", "Target size.", default="value of `cache.max-size`"), F("--older-than <DAYS>", "Remove entries unused for N days.", default="value of `cache.ttl-days`")],
  related=["cache clean"])
C("cache path", "0.4.0", "Print the cache directory.", "quarry cache path", [], related=["cache"])
C("cache verify", "2.2.0", "Re-hash all cache entries and remove corrupt ones.", "quarry cache verify [--remote]",
  [F("--remote", "Also verify entries fetched from the remote cache.")], related=["cache"], errors=["Q0231"])
C("cache push", "1.3.0", "Upload local entries for the current build to the remote cache.", "quarry cache push [OPTIONS]",
  [F("--profile <NAME>", "Profile whose entries are pushed.", default="dev")], related=["cache"], errors=["Q0234", "Q0235"])

C("config", "1.0.0", "Read and write configuration.", "quarry config <SUBCOMMAND>", [],
  desc="Subcommands: `get`, `set`, `unset`, `list`, `edit`, `explain`.", related=["config get", "config explain"])
C("config get", "1.0.0", "Print the effective value of a key.", "quarry config get [OPTIONS] <KEY>",
  [F("--show-origin", "Show which file or variable set the value.", since="2.7.0")], examples=["quarry config get build.sandbox --show-origin"], related=["config explain"])
C("config set", "1.0.0", "Set a key.", "quarry config set [--user | --project] <KEY> <VALUE>",
  [F("--user", "Write to `~/.quarry/config.toml` (default)."), F("--project", "Write to the project's `quarry.toml`.")],
  examples=['quarry config set cache.max-size 40GiB'], related=["config unset"])
C("config unset", "1.0.0", "Remove a key.", "quarry config unset [--user | --project] <KEY>", [F("--project", "Edit the project's `quarry.toml`.")], related=["config set"])
C("config list", "1.0.0", "List all effective settings.", "quarry config list [--defaults]", [F("--defaults", "Include keys still at their defaults.", since="2.0.0")], related=["config get"])
C("config edit", "1.0.0", "Open the user config in `$EDITOR`.", "quarry config edit", [], related=["config set"])
C("config explain", "3.0.0", "Describe a key: type, default, and where the current value comes from.", "quarry config explain <KEY>", [],
  examples=["quarry config explain plugins.allow-unsigned"], related=["config get"])

C("workspace", "1.0.0", "Workspace utilities.", "quarry workspace <SUBCOMMAND>", [], desc="Subcommands: `list`, `exec`, `sync`.", related=["workspace list"])
C("workspace list", "1.0.0", "List workspace members.", "quarry workspace list [--json]", [F("--json", "JSON output.")], related=["workspace"])
C("workspace exec", "1.0.0", "Run a command in every member directory.", "quarry workspace exec [OPTIONS] -- <CMD>...",
  [F("--parallel", "Run members in parallel.", since="2.7.0"), F("--filter <GLOB>", "Only matching members.")], related=["workspace"])
C("workspace sync", "2.3.0", "Align member manifests with `[workspace.package]` and `[workspace.dependencies]`.", "quarry workspace sync [--check]",
  [F("--check", "Report differences only.")], related=["workspace"])

C("toolchain", "1.0.0", "Manage compiler toolchains.", "quarry toolchain <SUBCOMMAND>", [], desc="Subcommands: `install`, `list`, `use`, `remove`, `which`.")
C("toolchain install", "1.0.0", "Install a toolchain.", "quarry toolchain install <CHANNEL|VERSION>", [F("--profile <NAME>", "Install profile.", default='"minimal"', key="toolchain.profile")], related=["toolchain"], errors=["Q0601"])
C("toolchain list", "1.0.0", "List installed toolchains.", "quarry toolchain list", [], related=["toolchain"])
C("toolchain use", "1.0.0", "Set `toolchain.channel` for the project.", "quarry toolchain use <CHANNEL|VERSION>", [], related=["toolchain"])
C("toolchain remove", "1.0.0", "Uninstall a toolchain.", "quarry toolchain remove <CHANNEL|VERSION>", [], related=["toolchain"])
C("toolchain which", "1.1.0", "Print the path of a toolchain binary.", "quarry toolchain which <TOOL>", [], related=["toolchain"])

C("self", "1.0.0", "Manage the QuarryKit installation itself.", "quarry self <SUBCOMMAND>", [],
  desc="Subcommands: `update`, `uninstall`. Installations from OS package managers should be updated with the package manager instead.",
  related=["self update", "version"])
C("self update", "1.0.0", "Update QuarryKit itself.", "quarry self update [OPTIONS]",
  [F("--channel <NAME>", "`stable`, `beta` or `lts-2`.", default="stable", since="2.0.0"), F("--version <VERSION>", "Install a specific version.", since="1.2.0")],
  desc="The `lts-2` channel (added in 3.0.0) follows the 2.8.x line until its end of life on 2027-02-28.",
  examples=["quarry self update", "quarry self update --channel lts-2"], related=["self uninstall", "version"])
C("self uninstall", "1.0.0", "Remove QuarryKit and its data.", "quarry self uninstall [--keep-cache]", [F("--keep-cache", "Keep `~/.quarry/cache`.")], related=["self update"])

C("registry", "1.2.0", "Manage registry configuration.", "quarry registry <SUBCOMMAND>", [], desc="Subcommands: `add`, `remove`, `list`, `default`.")
C("registry add", "1.2.0", "Add an alternative registry.", "quarry registry add <NAME> <INDEX-URL>", [F("--token-env <VAR>", "Token variable.")],
  examples=["quarry registry add internal sparse+https://quarry.corp.example/index/"], related=["registry list"])
C("registry remove", "1.2.0", "Remove a registry.", "quarry registry remove <NAME>", [], related=["registry add"])
C("registry list", "1.2.0", "List configured registries.", "quarry registry list", [], related=["registry add"])
C("registry default", "1.2.0", "Set `registry.default`.", "quarry registry default <NAME>", [], related=["registry list"])

C("target", "1.1.0", "Manage build targets.", "quarry target <SUBCOMMAND>", [], desc="Subcommands: `add`, `list`, `remove`.")
C("target add", "1.1.0", "Add a triple to `build.targets` and install its standard library.", "quarry target add <TRIPLE>", [], related=["target list"])
C("target list", "1.1.0", "List configured and installed targets.", "quarry target list [--installed]", [F("--installed", "Only installed targets.")], related=["target add"])
C("target remove", "1.1.0", "Remove a target.", "quarry target remove <TRIPLE>", [], related=["target add"])

C("profile", "1.2.0", "Inspect build profiles.", "quarry profile <SUBCOMMAND>", [], desc="Subcommands: `list`, `show`.")
C("profile list", "1.2.0", "List profiles.", "quarry profile list", [], related=["profile show"])
C("profile show", "1.2.0", "Show the resolved settings of a profile.", "quarry profile show <NAME>", [], examples=["quarry profile show release"], related=["profile list"])

C("script", "2.0.0", "Run project scripts from `[scripts]`.", "quarry script <SUBCOMMAND>", [], desc="Subcommands: `run`, `list`.")
C("script run", "2.0.0", "Run a named script.", "quarry script run <NAME> [-- ARGS...]", [], related=["script list"], errors=["Q0241"])
C("script list", "2.0.0", "List scripts.", "quarry script list", [], related=["script run"])

C("sandbox", "2.8.0", "Inspect the build sandbox.", "quarry sandbox <SUBCOMMAND>", [], desc="Subcommands: `status`, `check`.")
C("sandbox status", "2.8.0", "Show the active sandbox mode and backend.", "quarry sandbox status", [],
  desc="Prints the effective `build.sandbox` value (default `strict` since 3.0.0), the backend chosen for `sandbox.backend`, and allowed paths.", related=["sandbox check"])
C("sandbox check", "3.0.0", "Dry-run the build in permissive mode and list what strict mode would block.", "quarry sandbox check [OPTIONS]",
  [F("--fix", "Write the needed `sandbox.allow-paths` and `sandbox.allow-exec` entries into `quarry.toml`.")] + PKG,
  desc="Recommended before moving a 2.x project to 3.0, where strict sandboxing is the default.",
  examples=["quarry sandbox check", "quarry sandbox check --fix"], related=["sandbox status", "migrate"], errors=["Q0212", "Q0213", "Q0215"])

C("doctor", "1.4.0", "Diagnose common environment problems.", "quarry doctor [--json]", [F("--json", "JSON output.", since="2.0.0")],
  desc="Checks toolchains, cache permissions, registry reachability, credential provider, sandbox backend and plugin ABI compatibility.", related=["sandbox status"])
C("explain", "1.0.0", "Explain an error code.", "quarry explain <CODE>", [], desc="Prints the long description of an error code such as `Q0212`, the same text as the error index.",
  examples=["quarry explain Q0305"], errors=["Q0013"])
C("watch", "1.0.0", "Rerun a command when files change.", "quarry watch [OPTIONS] [-- COMMAND]",
  [F("-x, --exec <CMD>", "Quarry command to run.", default="check"),
   F("--debounce <MS>", "Quiet period in milliseconds.", default="300", key="watch.debounce-ms"),
   F("--clear", "Clear screen before each run.", key="watch.clear-screen"), F("--poll", "Use polling.", since="1.2.0", key="watch.poll")],
  examples=["quarry watch -x test", "quarry watch --debounce 500 -x 'run -- --port 8080'"])
C("audit", "2.1.0", "Check dependencies against the advisory database.", "quarry audit [OPTIONS]",
  [F("--deny <LEVEL>", "Fail at or above `low`, `medium`, `high` or `critical`.", default="high"),
   F("--ignore <ID>", "Ignore an advisory."), F("--json", "JSON output.")],
  desc="Uses the QuarryKit advisory database, which also contains QuarryKit's own QSA advisories for plugins.", examples=["quarry audit --deny medium"], related=["sbom"])
C("sbom", "2.4.0", "Generate a software bill of materials.", "quarry sbom [OPTIONS]",
  [F("--format <FMT>", "`cyclonedx` or `spdx`.", default='"cyclonedx"'), F("-o, --output <FILE>", "Output file.", default="standard output")],
  examples=["quarry sbom --format spdx -o sbom.spdx.json"], related=["audit"])
C("completions", "0.9.0", "Print shell completion scripts.", "quarry completions <SHELL>", [],
  desc="Supported shells: `bash`, `zsh`, `fish`, `powershell`, `elvish` (elvish since 2.0.0).", examples=["quarry completions zsh > ~/.zfunc/_quarry"])
C("env", "1.3.0", "Print the environment QuarryKit passes to tasks.", "quarry env [--json]", [F("--json", "JSON output.")], related=["config list"])
C("metadata", "0.8.0", "Print workspace metadata as JSON.", "quarry metadata [OPTIONS]",
  [F("--format-version <N>", "Output schema version.", default="3"), F("--no-deps", "Only workspace members.")],
  desc="Schema version 3 (default since 3.0.0) adds plugin and sandbox information. Version 2 is still accepted.")
C("trace", "2.6.0", "Record a Chrome trace of a build.", "quarry trace [OPTIONS] -- <QUARRY ARGS>",
  [F("-o, --output <FILE>", "Trace file.", default='"quarry-out/trace.json"')], examples=["quarry trace -- build --release"])
C("migrate", "3.0.0", "Rewrite configuration for a newer major version.", "quarry migrate [OPTIONS]",
  [F("--to <MAJOR>", "Target major version.", default="3"), F("--dry-run", "Print the diff only."),
   F("--keep-defaults", "Pin keys whose default changed to their old values.")],
  desc="Pins `project.edition`, rewrites deprecated flags in `[alias]` and `[scripts]`, converts `--no-cache` to `--cache off`, and upgrades the lockfile to format 4. With `--keep-defaults` it writes `build.sandbox = \"off\"`, `plugins.allow-unsigned = true` and the other 2.x defaults explicitly.",
  examples=["quarry migrate --dry-run", "quarry migrate --keep-defaults"], related=["sandbox check", "lock"])
C("help", "0.1.0", "Show help for a command.", "quarry help [COMMAND]", [],
  desc="Without an argument, lists all built-in commands, aliases from `[alias]` and commands added by installed plugins. `quarry <command> --help` prints the same text as `quarry help <command>`.",
  examples=["quarry help build", "quarry help plugin install"])
C("version", "0.1.0", "Print version information.", "quarry version [--verbose]", [F("--verbose", "Include commit, build date, ABI and lockfile format.")],
  desc="`quarry version --verbose` on 3.1.1 prints `plugin-abi: 3` and `lockfile-format: 4`.")
