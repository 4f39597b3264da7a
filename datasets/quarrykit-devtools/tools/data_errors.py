# Error code index. Format: code|since|title|message|cause|fix
RAW = r"""
Q0001|0.2.0|Empty or unreadable manifest|could not read manifest `<path>`: file is empty or unreadable|The `quarry.toml` file exists but is empty, is a directory, or cannot be read by the current user.|Check file permissions and make sure the manifest contains at least a `[project]` table with `name` and `version`.
Q0002|0.1.0|Manifest already exists|`quarry.toml` already exists in `<dir>`|`quarry init` or `quarry new` was run in a directory that already contains a manifest.|Use a different directory, or delete the existing manifest if you really want to start over.
Q0003|0.1.0|Invalid package name|invalid package name `<name>`: <reason>|The `project.name` value is empty, longer than 64 characters, starts with a digit or contains characters other than lowercase letters, digits, `-` and `_`.|Rename the package. Registries also reject names that differ from an existing package only by `-`/`_`.
Q0004|0.1.0|Invalid version|`<value>` is not a valid SemVer version|`project.version` does not follow SemVer 2.0, for example `1.2` or `v1.2.0`.|Use three numeric components: `1.2.0`. Pre-release suffixes such as `-rc.1` are allowed.
Q0005|0.1.0|TOML syntax error|failed to parse `<path>` at line <line>, column <col>: <detail>|The manifest is not valid TOML: unclosed strings, duplicate tables or a missing `=`.|Fix the syntax at the reported position. `quarry fmt --check` does not validate TOML; use an editor with TOML support.
Q0006|0.1.0|Missing required key|missing required key `<key>` in `<table>`|A required key such as `project.name` or `project.version` is absent.|Add the key. With `[workspace.package]` inheritance, write `version.workspace = true` instead.
Q0007|0.1.0|Unknown key|unknown key `<key>` in `<table>`|The manifest contains a key QuarryKit does not recognise. This is a warning in editions 2021 and 2023 and an error in edition 2026.|Check the spelling against the configuration reference. Keys for external tools belong in `[project.metadata]`.
Q0008|0.1.0|Wrong value type|expected <type> for `<key>`, found <found>|A key has a value of the wrong TOML type, for example `jobs = "8"` instead of `jobs = 8`.|Use the type listed on the key's reference page.
Q0009|0.4.0|Invalid feature name|invalid feature name `<name>`|Feature names may contain letters, digits, `_`, `-` and `+`, and must not start with `dep:`.|Rename the feature.
Q0010|0.4.0|Unknown feature|package `<pkg>` has no feature `<name>`|A `--features` flag or a `features` array names a feature that the package does not declare.|Run `quarry metadata` to list the available features.
Q0011|0.4.0|Feature cycle|feature `<name>` enables itself through `<chain>`|Features enable each other in a loop.|Break the cycle in `[features]`.
Q0012|1.2.0|QuarryKit too old|package `<pkg>` requires QuarryKit <req>, but this is <version>|`project.min-quarry-version` is newer than the running QuarryKit.|Run `quarry self update`, or `quarry self update --version <req>`.
Q0013|1.0.0|Unknown error code|no explanation for `<code>`|`quarry explain` was given a code that does not exist in this version.|Check the code. Codes added in newer versions are unknown to older binaries.
Q0014|0.5.0|Invalid edition|`<value>` is not a known edition|`project.edition` is not one of the supported editions (`2021`, `2023`, `2026` in 3.x).|Use a supported edition. Edition `2026` needs QuarryKit 3.0 or newer.
Q0015|1.0.0|Invalid config file|failed to load config `<path>`: <detail>|A user-level `~/.quarry/config.toml` or a file passed with `--config` is invalid.|Fix or remove the file. `quarry config list` shows which files are loaded.
Q0016|1.0.0|Environment variable has invalid value|`<VAR>` has an invalid value `<value>` for `<key>`|A `QUARRY_*` environment variable cannot be converted to the key's type.|Unset the variable or set a valid value.
Q0017|0.2.0|Duplicate target name|two targets named `<name>`|Two `[[bin]]`, `[[example]]` or `[[test]]` tables share a name.|Rename one of them.
Q0018|0.2.0|Too many keywords|`keywords` has <n> entries; at most 5 are allowed|`project.keywords` has more than five entries or an entry longer than 20 characters.|Trim the list.
Q0019|1.1.0|Invalid alias|alias `<name>` shadows built-in command|An `[alias]` entry uses the name of a built-in command.|Choose another alias name.
Q0020|1.1.0|Recursive alias|alias `<name>` expands to itself|Aliases refer to each other in a loop.|Break the loop in `[alias]`.
Q0021|0.3.0|Invalid glob|invalid glob pattern `<pattern>` in `<key>`|An `include`, `exclude` or `members` pattern is malformed, for example an unclosed `[`.|Fix the pattern.
Q0022|0.1.0|Invalid job count|`build.jobs` must not be 0|`jobs = 0` or `-j 0` was given. Negative values are allowed since 2.1.0.|Use a positive number, or a negative number to leave CPUs free.
Q0023|0.8.0|Invalid sandbox mode|unknown sandbox mode `<value>`|`build.sandbox` or `--sandbox` is not `off`, `permissive` or `strict`.|Use one of the three modes.
Q0024|3.0.0|Invalid cache mode|unknown cache mode `<value>`|`build.cache` or `--cache` is not `on`, `off` or `read-only`.|Use one of the three modes.
Q0025|0.4.0|Invalid size|`<value>` is not a valid size for `<key>`|A size key such as `cache.max-size` uses an unknown suffix or a negative number.|Use a number followed by `KiB`, `MiB`, `GiB` or `TiB`, e.g. `"25GiB"`.
Q0026|1.0.0|Conflicting flags|`<flag-a>` cannot be used with `<flag-b>`|Two mutually exclusive flags were given, e.g. `--release` and `--profile bench`.|Remove one of the flags.
Q0027|3.0.0|Removed flag|`<flag>` was removed in QuarryKit <version>|The command line uses a flag that no longer exists, such as `quarry plugin install --git` (removed in 3.0.0).|See the command's reference page for the replacement.
Q0028|2.8.0|Deprecated flag|`<flag>` is deprecated and will be removed in <version>; use `<replacement>`|A deprecated flag such as `--no-cache` (deprecated in 3.0.0) or `--allow-dirty` (deprecated in 3.1.0) was used. This is a warning.|Switch to the replacement. `quarry migrate` rewrites aliases and scripts automatically.
Q0029|3.0.0|Deprecated environment variable|`QUARRY_TOKEN` is deprecated; use `QUARRY_REGISTRY_TOKEN`|The deprecated `QUARRY_TOKEN` variable is set. QuarryKit 3.x still reads it when `QUARRY_REGISTRY_TOKEN` is unset. This is a warning.|Rename the variable in your CI secrets.
Q0030|0.1.0|Dependency source conflict|dependency `<name>` specifies both `<a>` and `<b>`|A dependency sets `git` and `path`, or `git` and `registry`.|Keep one source. `path` with `version` is allowed.
Q0031|0.1.0|Ambiguous git reference|dependency `<name>` sets more than one of `branch`, `tag`, `rev`|More than one git reference was given.|Keep exactly one of them.
Q0032|1.3.0|Workspace inheritance without workspace|`<key>.workspace = true` but no workspace root was found|A member inherits from `[workspace.package]` or `[workspace.dependencies]` but is not inside a workspace.|Add the package to `workspace.members`, or write the value explicitly.
Q0033|1.3.0|Inherited key missing|`workspace.<table>.<key>` is not defined|A member inherits a key the workspace root does not define.|Define it in the root manifest.
Q0034|0.4.0|Optional dev-dependency|dev-dependencies cannot be optional|`optional = true` was set on a dev-dependency.|Remove `optional`.
Q0035|1.0.0|Renamed dependency collision|two dependencies are both named `<name>` after renaming|Two entries resolve to the same local name via `package`.|Rename one of them.
Q0036|0.6.0|Invalid registry name|registry `<name>` is not configured|A dependency or flag names a registry without a `[registries.<name>]` entry.|Add it with `quarry registry add`.
Q0037|1.1.0|Invalid target cfg|cannot parse target specification `<cfg>`|A `[target.<cfg>]` key has a malformed `cfg(...)` expression.|Fix the expression, e.g. `cfg(all(unix, target_arch = "x86_64"))`.
Q0038|2.0.0|Invalid script|script `<name>` must be a string or a table with `cmd`|A `[scripts]` entry has an unsupported shape.|Use `name = "cmd"` or `name = { cmd = "...", env = {...} }`.
Q0039|2.2.0|Invalid hook|hook `<name>` is not an array of strings|A `[hooks]` value is not an array of command strings.|Use `pre-build = ["cmd1", "cmd2"]`.
Q0040|1.2.0|Unknown profile|profile `<name>` is not defined|`--profile` names a profile that has no `[profile.<name>]` table.|Define the profile, or use `dev`/`release`.
Q0041|1.2.0|Custom profile without inherits|custom profile `<name>` must set `inherits`|A `[profile.<name>]` table for a custom profile lacks `inherits`.|Add `inherits = "release"` or `inherits = "dev"`.
Q0042|1.2.0|Profile inheritance cycle|profile `<name>` inherits from itself through `<chain>`|Custom profiles inherit from each other in a loop.|Break the loop.
Q0043|0.6.0|Invalid optimisation level|invalid `opt-level` `<value>`|`opt-level` is not 0-3, `"s"` or `"z"`.|Use a valid level.
Q0044|0.6.0|Invalid LTO setting|invalid `lto` value `<value>`|`lto` is not a boolean, `"thin"`, `"fat"` or `"off"`.|Use a valid value.
Q0045|2.1.0|Member profile ignored|profiles in member `<pkg>` are ignored|`workspace.inherit-profiles` is true and a member defines `[profile.*]`. This is a warning.|Move the profile to the workspace root.
Q0046|1.0.0|Invalid toolchain channel|`<value>` is not a channel or version|`toolchain.channel` is not `stable`, `beta`, `nightly`, a date-tagged nightly or a version.|Fix the value.
Q0047|2.0.0|Invalid sandbox backend|sandbox backend `<name>` is not supported on <os>|`sandbox.backend` names a backend for another OS, e.g. `seatbelt` on Linux.|Use `"auto"` or a backend listed for your OS.
Q0048|1.0.0|Invalid trusted key|cannot parse trusted key `<key>`|An entry in `plugins.trusted-keys` is not an `ed25519:`-prefixed base64 key.|Copy the key exactly as printed by the plugin author.
Q0049|3.0.0|Lint group unknown|unknown lint group `<name>`|A `[lint]` array names a lint group that does not exist in this edition.|Run `quarry lint --list` to see lint names.
Q0101|0.3.0|No matching version|no version of `<name>` matches `<req>`|The registry has no version satisfying the requirement, or all matching versions are yanked.|Relax the requirement or check the package name. `quarry info <name>` lists versions.
Q0102|0.3.0|Package not found|package `<name>` not found in registry `<registry>`|The name does not exist on the registry, or you are using the wrong registry.|Check spelling; for private packages set `registry = "<name>"`.
Q0103|0.3.0|Version conflict|failed to select a version for `<name>`: `<a>` requires `<req-a>`, `<b>` requires `<req-b>`|Two dependents require incompatible versions of a package that must be unique (it sets `links` or is a plugin).|Update one of the dependents or use `quarry tree -i <name>` to find the culprits.
Q0104|1.0.0|Dependency cycle|cyclic dependency: <chain>|Packages depend on each other in a loop (dev-dependencies excepted).|Restructure the packages.
Q0105|0.3.0|Path dependency missing|path dependency `<name>` at `<path>` has no `quarry.toml`|The path in `dependencies.<name>.path` is wrong.|Fix the path.
Q0106|0.3.0|Git checkout failed|failed to check out `<url>` at `<ref>`|The branch, tag or rev does not exist or the repository is unreachable.|Verify the reference; set `net.git-fetch-with-cli = true` for SSH agents.
Q0107|1.0.0|Git authentication failed|authentication required for `<url>`|A private git dependency needs credentials.|Use `net.git-fetch-with-cli = true` to reuse your git credentials.
Q0108|0.6.0|Registry index unreachable|failed to update index of `<registry>`: <detail>|The index could not be downloaded.|Check connectivity and proxy settings (`net.proxy`); retry later; check the status page.
Q0109|2.5.0|Sparse index error|sparse index returned HTTP <status> for `<path>`|The sparse index server answered with an error.|Retry; persistent 404 errors for existing packages usually mean the registry URL lacks the `sparse+` prefix or trailing slash.
Q0110|0.9.0|Yanked version selected|version `<name>@<version>` is yanked|A lockfile or `--precise` points to a yanked version. Existing lockfiles keep working; this is a warning there and an error for new resolutions.|Run `quarry update <name>`.
Q0111|1.0.0|Checksum mismatch|checksum for `<name>@<version>` changed: expected <a>, got <b>|The downloaded archive differs from the checksum in `quarry.lock`. This can mean a compromised mirror.|Do not ignore this. Verify the source; if the registry re-published legitimately, delete the entry from the lockfile and re-resolve.
Q0112|1.0.0|Feature requires newer version|feature `<feat>` of `<name>` is only available in `<req>`|The requested feature does not exist in the selected version.|Raise the version requirement.
Q0113|2.0.0|Resolver version mismatch|member `<pkg>` requests resolver `<a>` but the workspace uses `<b>`|A member sets a resolver different from the root.|Set `workspace.resolver` at the root only.
Q0114|1.2.0|Registry requires authentication|registry `<name>` requires a token for downloads|The alternative registry needs auth even for reading.|Run `quarry login --registry <name>` or set `registries.<name>.token-env`.
Q0115|2.5.0|Index redirect refused|refusing redirect from `<host-a>` to `<host-b>`|A sparse index response redirected to another host. Refused since 2.8.2 (QSA-2026-001).|If the redirect is legitimate, configure the final URL directly.
Q0116|0.6.0|Download failed|failed to download `<name>@<version>`: <detail>|The package archive could not be downloaded.|Retry; raise `net.retry` on unstable networks.
Q0117|1.1.0|Invalid version requirement|cannot parse version requirement `<req>`|A dependency version requirement is malformed, e.g. `"1..2"`.|Use a valid requirement such as `"1.2"` or `">=1.2, <2"`.
Q0118|2.3.0|Unused patch|patch for `<name>` was not used|A `[patch]` entry does not match any dependency. This is a warning.|Check the version in the patch.
Q0119|1.0.0|Multiple sources for package|package `<name>` comes from both `<a>` and `<b>`|The same package is pulled from two sources, e.g. registry and git.|Use `[patch]` to replace one source with the other.
Q0120|1.0.0|Lockfile parse error|failed to parse `quarry.lock`: <detail>|The lockfile is corrupted or was edited by hand.|Restore it from version control or delete it and run `quarry lock`.
Q0121|1.0.0|Lockfile out of date|`quarry.lock` needs to be updated but `--locked` was passed|The manifest changed but the lockfile was not updated, or `quarry lock --check` found differences.|Run `quarry lock` locally and commit the result.
Q0122|3.0.0|Lockfile format too new|lockfile format <n> is not supported by QuarryKit <version>|The lockfile was written by a newer QuarryKit (format 4 is written by 3.x; 2.x reads only up to format 3).|Upgrade QuarryKit, or regenerate the lockfile with the older version. Mixed 2.x/3.x teams should upgrade together.
Q0123|2.0.0|Lockfile format too old|lockfile format <n> is no longer supported|Lockfiles of format 1 (0.x) are not read by 2.0 and later.|Delete the lockfile and run `quarry lock`.
Q0124|0.9.0|Duplicate links value|packages `<a>` and `<b>` both link native library `<lib>`|Two packages in the graph declare the same `project.links`.|Make sure only one version of the `-sys` package is used.
Q0125|3.0.0|Plugin pin conflict|plugin `<name>` is pinned to <pinned> but `<req>` is required|A `quarry plugin pin` conflicts with the requirement in `[plugin-deps]`.|Unpin with `quarry plugin pin --unpin` or relax the requirement.
Q0126|1.3.0|Workspace dependency not found|`<name>` is not in `[workspace.dependencies]`|A member sets `workspace = true` for a dependency the root does not declare.|Add it to the root's `[workspace.dependencies]`.
Q0127|2.0.0|Incompatible edition in dependency|dependency `<name>` uses edition <year>, which this QuarryKit does not support|A dependency was published with a newer edition.|Upgrade QuarryKit. Edition 2026 packages need 3.0 or newer.
Q0128|1.2.0|Registry token rejected|registry `<name>` rejected the token (HTTP 401)|The stored token expired or was revoked.|Run `quarry login` again.
Q0129|2.5.0|Index cache corrupted|sparse index cache entry `<path>` is corrupt|A file under `~/.quarry/registry/index` is damaged.|Delete the directory; it is rebuilt automatically.
Q0130|1.0.0|Source replacement loop|source `<a>` is replaced by itself through `<chain>`|`[source]` replacement entries form a loop.|Fix the `[source]` configuration.
Q0131|0.9.0|Offline and not cached|`<name>@<version>` is not available offline|`--offline` or `net.offline` is set and the package is not in the local cache.|Run `quarry fetch` while online first.
Q0132|2.1.0|Advisory database unavailable|could not update the advisory database|`quarry audit` failed to download advisories.|Retry, or use `--offline` to audit against the last copy.
Q0133|1.1.0|Target-specific dependency unresolvable|no version of `<name>` supports target `<triple>`|All candidate versions exclude the target.|Use another target or version.
Q0134|2.2.0|Git submodule fetch failed|failed to update submodule `<path>` of `<url>`|A git dependency's submodule could not be fetched.|Check access to the submodule URL.
Q0135|3.0.0|Git protocol index deprecated|git index protocol is deprecated for `<registry>`|A registry is configured with `protocol = "git"`. This is a warning in 3.x; the git protocol will be removed in 4.0.|Switch to `sparse`. quarry-central has served `sparse+https://index.quarrykit.dev/` since 2.5.0.
Q0141|0.9.0|Vendor directory not empty|`<dir>` exists and contains files not created by `quarry vendor`|The vendor destination has foreign files.|Use `--no-delete`, or choose an empty directory.
Q0142|2.8.5|Vendor path escapes destination|archive entry `<entry>` of `<name>@<version>` would be written outside `<dir>`|A package archive contains `..` components or absolute paths. Added by the fix for QSA-2026-003; older versions wrote such files.|Do not vendor the package; report it to the registry. Upgrade to 2.8.5 or 3.0.2 or newer.
Q0143|1.2.0|Vendor source config conflict|existing `[source]` configuration conflicts with vendoring|Source replacement is already configured.|Pass `--respect-source-config`, or remove the existing replacement.
Q0201|0.1.0|Task failed|task `<task>` failed with exit code <code>|A compiler, build script or plugin task returned a non-zero status. The task output precedes this message.|Read the task output above. `-v` prints the full command line.
Q0202|0.1.0|Build script failed|build script of `<pkg>` failed|`build.rs` exited with an error.|Read the build script output; rerun with `-vv` to see its environment.
Q0203|0.1.0|Output directory not writable|cannot write to `<dir>`|`build.out-dir` is read-only or owned by another user.|Fix permissions or choose another `--out-dir`.
Q0204|0.6.0|Conflicting outputs|tasks `<a>` and `<b>` both produce `<path>`|Two tasks declare the same output file.|Change one task's output path; for plugins, report it to the plugin author.
Q0205|0.1.0|Task graph cycle|cycle in task graph: <chain>|Tasks depend on each other in a loop, usually caused by a plugin adding edges.|Run `quarry graph --tasks` to inspect; fix the plugin configuration.
Q0206|0.4.0|Missing declared output|task `<task>` did not produce declared output `<path>`|A task finished but a declared output is missing, so it cannot be cached.|Fix the build script or plugin so it writes the file, or stop declaring it.
Q0207|1.3.0|Task timed out|task `<task>` exceeded the time limit of <secs>s|The task ran longer than `build.timeout`.|Raise `build.timeout`, or set it to `0` to disable the limit.
Q0208|0.2.0|Interrupted|build interrupted|Ctrl-C or SIGTERM was received.|Nothing to fix. Completed tasks are cached.
Q0209|1.4.0|Warnings denied|<n> warnings treated as errors|`build.warnings = "deny"` and the build produced warnings.|Fix the warnings or lower `build.warnings`.
Q0210|0.4.0|Missing input|task `<task>` input `<path>` does not exist|A declared input file is missing.|Create the file or fix the declaration.
Q0211|1.1.0|Unformatted files|<n> files are not formatted|`fmt.check-on-build` is true or `quarry fmt --check` found changes.|Run `quarry fmt`.
Q0212|0.8.0|Sandbox: undeclared file access|sandbox denied <read or write> access to `<path>` in task `<task>`|Under `build.sandbox = "strict"` (the default since 3.0.0) a task touched a path that is not a declared input, output, toolchain file or in `sandbox.allow-paths`. In `permissive` mode this is a warning.|Declare the file as an input, add it to `sandbox.allow-paths` (append `:rw` for writes), or run `quarry sandbox check --fix`. Setting `build.sandbox = "off"` disables the check entirely.
Q0213|0.8.0|Sandbox: network access|sandbox denied network access to `<host>:<port>` in task `<task>`|A sandboxed task opened a network connection while `sandbox.network = "deny"`.|Fetch resources before the build (`quarry fetch`), or set `sandbox.network = "loopback"` or `"allow"`.
Q0214|2.2.0|Too many lint warnings|<n> warnings exceed `max-warnings` of <max>|`lint.max-warnings` or `--max-warnings` was exceeded.|Fix warnings, or accept the current state with `lint.baseline`.
Q0215|3.0.0|Sandbox: executable not allowed|sandbox denied execution of `<program>` in task `<task>`|A strict-sandboxed task ran an executable that is neither part of the toolchain nor listed in `sandbox.allow-exec`.|Add the program to `sandbox.allow-exec`, or declare it as a tool dependency of the plugin.
Q0216|2.0.0|Sandbox backend unavailable|sandbox backend `<name>` is not available: <detail>|The configured or auto-selected backend cannot be used, e.g. Landlock disabled in the kernel or bubblewrap missing.|Install bubblewrap, enable Landlock, or set another `sandbox.backend`. As a last resort use `build.sandbox = "permissive"`.
Q0217|0.8.0|Sandbox setup failed|failed to set up sandbox for `<task>`: <detail>|The sandbox could not be created, often because user namespaces are disabled in containers.|In Docker, run with `--security-opt seccomp=unconfined` or use the `quarrykit/quarry` images, which configure this.
Q0218|3.0.0|Sandbox: environment stripped|task `<task>` read unset variable `<VAR>` that exists outside the sandbox|A strict-sandboxed task looked up a variable not passed by `build.env-passthrough` or `sandbox.allow-env`. This is a warning.|Add the variable to `sandbox.allow-env`.
Q0219|2.6.0|Remote execution unavailable|remote executor `<url>` is unavailable|`build.remote-exec` is set but the service cannot be reached.|Tasks fall back to local execution; check the endpoint.
Q0220|0.1.0|No targets|package `<pkg>` has no targets|No `src/lib.rs`, `src/main.rs` or declared targets.|Add a source file or a `[lib]`/`[[bin]]` table.
Q0221|1.1.0|Ambiguous binary|`quarry run` could not determine which binary to run|The package has several binaries and neither `--bin` nor `project.default-run` is set.|Pass `--bin <name>` or set `project.default-run`.
Q0222|1.1.0|Target not installed|target `<triple>` is not installed|The standard library for a requested target is missing.|Run `quarry target add <triple>`.
Q0223|2.3.0|Pipelining disabled for task|task `<task>` does not support pipelining|A plugin task opted out of pipelining. This is informational.|Nothing to fix.
Q0224|2.2.0|Non-reproducible output|output `<path>` differs between two runs|`build.reproducible = true` and a verification run produced different bytes.|Look for embedded timestamps or absolute paths; set `build.source-date-epoch`.
Q0225|1.0.0|Linker failed|linking `<target>` failed|The system linker reported an error.|Read the linker output; install missing system libraries.
Q0226|2.0.0|Too many open files|task `<task>` hit the open-file limit|The OS file descriptor limit is too low for `build.jobs`.|Raise `ulimit -n` or reduce `build.jobs`.
Q0227|0.1.0|Out of memory|task `<task>` was killed by the OS (out of memory)|The machine ran out of memory.|Reduce `build.jobs` or `build.link-jobs`, or use `lto = "thin"`.
Q0228|2.0.0|Fingerprint error|could not compute fingerprint for `<path>`|An input could not be read while hashing.|Check permissions.
Q0229|1.0.0|Clock skew|file `<path>` has a modification time in the future|Only relevant with `build.fingerprint-mode = "mtime"`.|Fix the system clock, or use the default `"content"` mode.
Q0230|0.4.0|Cache directory unusable|cannot use cache directory `<dir>`: <detail>|`cache.dir` is not writable or on an unsupported file system.|Fix permissions or set `cache.dir` elsewhere.
Q0231|2.2.0|Corrupt cache entry|cache entry `<key>` is corrupt and was removed|A cache entry failed its integrity check.|Nothing to fix; the task reruns. Frequent occurrences suggest disk problems.
Q0232|1.2.0|Cache lock timeout|timed out waiting for cache lock held by PID <pid>|Another QuarryKit process holds the cache lock.|Wait, or remove a stale lock after verifying the process is gone.
Q0233|0.4.0|Cache full|cache exceeds `cache.max-size` and nothing can be evicted|All entries are in use by the current build.|Raise `cache.max-size` (default `"25GiB"` since 3.0.0).
Q0234|1.3.0|Remote cache rejected upload|remote cache rejected upload of `<key>` (HTTP <status>)|The remote cache refused the entry: unauthorised, too large, or read-only.|Check the token, `cache.remote.max-upload-size`, and server quotas.
Q0235|1.3.0|Remote cache timeout|remote cache request timed out after <ms> ms|A remote cache request exceeded `cache.remote.timeout-ms` (default 10000).|The task runs locally; check network latency or raise the timeout.
Q0236|2.4.1|Remote cache digest mismatch|remote cache entry `<key>` has digest <a>, expected <b>|The remote cache returned content that does not match its key. Entries are rejected since 2.4.1 (QSA-2024-002).|Purge the remote cache entry; investigate the cache server.
Q0237|2.4.0|gRPC remote cache error|gRPC remote cache call failed: <status>|The gRPC remote cache server returned an error.|Check server logs; try `cache.remote.protocol = "http"`.
Q0238|1.3.0|Remote cache TLS error|TLS handshake with remote cache failed|The certificate is not trusted.|Add the CA with `net.cainfo`. Do not disable `cache.remote.verify-tls` in production.
Q0239|3.0.0|Unknown remote cache compression|remote cache entry uses unknown compression `<name>`|An entry was written with a compression this version cannot read.|Upgrade QuarryKit on the reading machine.
Q0240|3.1.1|Remote cache header logging enabled|`cache.remote.log-headers` is enabled; authorization values are redacted|A warning shown once per build when header logging is on.|Turn it off when you are done debugging.
Q0241|2.0.0|Unknown script|no script named `<name>` in `[scripts]`|`quarry script run` was given an unknown name.|Run `quarry script list`.
Q0242|2.2.0|Hook failed|<hook> command `<cmd>` failed with exit code <code>|A `[hooks]` command failed; the build stops.|Fix the command.
Q0243|2.6.1|Dependency hook ignored|ignoring `[hooks]` declared by dependency `<pkg>`|A dependency declares hooks; only root package hooks run since 2.6.1. This is informational.|Nothing to fix.
Q0244|1.4.0|Timings report failed|could not write timings report|The timings report path is not writable.|Check permissions on `quarry-out/timings/`.
Q0245|2.6.0|Trace output failed|could not write trace file `<path>`|`quarry trace` cannot write its output.|Choose another `--output`.
Q0246|0.3.0|Cross compilation linker missing|no linker configured for target `<triple>`|Cross-compiling needs a linker for the target.|Install the target linker or use a plugin such as `quarry-plugin-cross`.
Q0247|1.2.0|Dep-info path outside basedir|dep-info path `<path>` is outside `build.dep-info-basedir`|Paths outside the base directory stay absolute. This is a warning.|Adjust `build.dep-info-basedir`.
Q0248|2.0.0|Link job limit exceeded|link job queue stalled|Internal scheduling problem with a very small `build.link-jobs`.|Set `build.link-jobs` to at least 1.
Q0249|3.0.0|Sandbox violation summary|<n> sandbox violations in <m> tasks|Summary printed after a strict-sandbox build with violations.|Run `quarry sandbox check` for the full list, or set `sandbox.report = "full"`.
Q0301|0.7.0|Plugin not found|plugin `<name>` is not installed|A `[plugin-deps]` entry names a plugin that is not installed and cannot be fetched.|Run `quarry plugin install <name>`.
Q0302|1.0.0|Plugin ABI mismatch|plugin `<name>` was built for ABI <a>, but QuarryKit <version> provides ABI <b>|The plugin targets another plugin ABI. QuarryKit 1.x provides ABI 1, 2.x ABI 2, 3.x ABI 3.|Install a plugin version built with a matching `quarry-sdk` (3.x for QuarryKit 3). `plugins.abi-check = "warn"` downgrades this to a warning but may crash.
Q0303|0.7.0|Plugin load failed|failed to load plugin `<name>`: <detail>|The plugin library could not be loaded (missing symbols, wrong architecture).|Reinstall the plugin for your platform.
Q0304|0.7.0|Plugin panicked|plugin `<name>` panicked: <message>|The plugin crashed. With process isolation, QuarryKit survives and reports this.|Report it to the plugin author with `-vv` output.
Q0305|1.0.0|Unsigned plugin|plugin `<name>` is not signed by a trusted key|The plugin has no valid signature and `plugins.allow-unsigned` is `false` (the default since 3.0.0).|Install a signed release, add the author's key to `plugins.trusted-keys`, or pass `--allow-unsigned` for a single install.
Q0306|1.0.0|Bad plugin signature|signature of plugin `<name>` does not verify|The plugin binary was modified after signing, or the signature belongs to another file.|Reinstall with `--force`. If it persists, report it to the QuarryKit security team.
Q0307|1.0.0|Plugin version conflict|plugins `<a>` and `<b>` require incompatible versions of `<c>`|Two plugins depend on conflicting plugin versions.|Update one of them.
Q0308|1.0.0|Unknown plugin option|plugin `<name>` does not accept option `<key>`|A key in `[plugin-deps.<name>.options]` is not recognised by the plugin.|Check the plugin's page for its options.
Q0309|2.6.0|Plugin denied|plugin `<name>` is listed in `plugins.deny`|A denied plugin was requested.|Remove it from `[plugin-deps]` or from the deny list.
Q0310|1.0.0|Plugin hook conflict|plugins `<a>` and `<b>` both claim exclusive hook `<hook>`|Two plugins register the same exclusive hook point.|Disable one with `enabled = false`.
Q0311|2.0.0|Plugin initialisation timeout|plugin `<name>` did not initialise within <ms> ms|Plugin start-up exceeded `plugins.load-timeout-ms` (default 5000).|Raise the timeout or report slow start-up to the author.
Q0312|2.8.4|Possible typosquatting|plugin `<name>` is similar to official plugin `<official>`|The requested name is within edit distance 2 of an official plugin. Added for QSA-2026-002.|Double-check the name. Pass `--force` if the plugin is really the one you want.
Q0313|1.0.0|Plugin registry error|plugin registry returned <status>|The plugin registry could not be reached or returned an error.|Retry; check `plugins.registry`.
Q0314|2.0.0|Plugin requires newer QuarryKit|plugin `<name>` requires QuarryKit <req>|The plugin declares a minimum QuarryKit version.|Update QuarryKit.
Q0315|2.0.0|Plugin capability denied|plugin `<name>` requested capability `<cap>` which is not granted|A plugin asked for a capability (e.g. `network`) that the project has not granted.|Grant it in `[plugin-deps.<name>] capabilities = [...]` if you trust the plugin.
Q0316|1.0.0|Invalid plugin manifest|plugin `<name>` has an invalid `plugin.toml`: <detail>|The plugin's metadata file is malformed.|Report it to the plugin author.
Q0317|2.0.0|Plugin registered duplicate task|plugin `<name>` registered task `<task>` twice|A plugin called `Context::add_task` twice with the same `TaskId`.|Plugin authors: use `Context::task_exists` or unique ids.
Q0318|2.0.0|Plugin emitted invalid diagnostic|plugin `<name>` emitted a diagnostic with an invalid span|A `Diagnostic` referenced a file or range that does not exist.|Plugin authors: build spans with `Span::new` from real file contents.
Q0319|2.4.0|Plugin process exited|plugin host process for `<name>` exited unexpectedly|The out-of-process plugin host crashed.|Rerun with `-vv`; try `plugins.isolation = "in-proc"` to get a backtrace.
Q0320|3.0.0|Plugin install from git removed|installing plugins from git is no longer supported|`quarry plugin install --git` was used with QuarryKit 3.0 or newer.|Publish the plugin to a registry, or clone it and use `--path`.
Q0321|1.1.0|Plugin update failed|could not update plugin `<name>`: <detail>|Auto-update or `quarry plugin update` failed.|The old version stays installed; retry later.
Q0322|2.0.0|Plugin config schema error|option `<key>` of plugin `<name>` has the wrong type|The plugin's declared schema rejects a value.|See the plugin's page.
Q0323|3.0.0|Plugin uses removed SDK API|plugin `<name>` uses `<symbol>`, removed in quarry-sdk 3.0|The plugin was compiled against APIs removed in SDK 3.0.|Ask the author to port the plugin to `quarry-sdk` 3.x.
Q0324|2.0.0|Plugin fs access outside project|plugin `<name>` accessed `<path>` outside the workspace|A plugin used `quarry_sdk::fs` to reach outside the workspace without the `fs-global` capability.|Grant the capability if intended.
Q0325|2.5.0|Plugin SDK too old|plugin `<name>` was built with quarry-sdk <v>, which is below the supported minimum|QuarryKit refuses plugins built with SDK versions that have known safety issues.|Update the plugin.
Q0326|1.0.0|Plugin command collision|plugin `<name>` provides command `<cmd>` which already exists|A plugin tries to add a subcommand that shadows a built-in or another plugin's.|Disable one of the plugins.
Q0327|2.2.0|Plugin artifact type unknown|plugin `<name>` produced artifact of unknown kind `<kind>`|An artifact kind not registered by any plugin was produced.|Plugin authors: register the kind with `Context::register_artifact_kind`.
Q0328|2.0.0|Plugin cache key unstable|plugin `<name>` produced different cache keys for identical inputs|The plugin's `CacheKey` includes non-deterministic data.|Plugin authors: avoid timestamps and absolute paths in cache keys.
Q0329|3.0.0|Plugin signature key expired|signing key for plugin `<name>` expired on <date>|The plugin was signed with an expired key.|Install a newer release signed with a current key.
Q0330|2.4.0|Plugin IPC message too large|plugin `<name>` sent a message larger than 64 MiB|An out-of-process plugin exceeded the IPC message limit.|Plugin authors: stream large data through files.
Q0331|2.7.0|Plugin memory limit|plugin `<name>` exceeded the memory limit of <mb> MiB|An out-of-process plugin used more than `plugins.max-memory-mb` (default 512).|Raise the limit for trusted plugins.
Q0332|2.7.0|Plugin CPU limit|plugin `<name>` exceeded its CPU time budget|A plugin hook ran for more than 60 seconds of CPU time.|Report it to the author; build tasks should do heavy work, not hooks.
Q0333|3.1.0|Archived plugin|plugin `<name>` is archived and receives no updates|The plugin was archived, for example `quarry-plugin-legacy-make` on 2026-10-05. This is a warning.|Migrate to the suggested replacement on the plugin's page.
Q0334|3.0.0|Plugin deprecated|plugin `<name>` is deprecated: <note>|The plugin is deprecated. This is a warning.|See the plugin's page for the replacement.
Q0401|0.7.0|Not logged in|no token found for registry `<name>`|Publishing or owner management needs a token.|Run `quarry login`, or set `QUARRY_REGISTRY_TOKEN` in CI.
Q0402|0.7.0|Registry rejected package|registry rejected `<name>@<version>`: <detail>|The registry validation failed.|Read the detail; common causes have their own codes.
Q0403|0.7.0|Version already exists|`<name>@<version>` already exists on `<registry>`|Versions are immutable.|Bump `project.version`.
Q0404|0.7.0|Missing package metadata|`<key>` is required to publish|`description` and `license` (or `license-file`) are required.|Add the missing keys to `[project]`.
Q0405|0.6.0|Publishing disabled|package `<name>` cannot be published to `<registry>`|`project.publish` is `false` or does not list the registry.|Change `project.publish` if publishing is intended.
Q0406|0.7.0|Path dependency without version|dependency `<dep>` has a `path` but no `version`|Published packages cannot depend on paths.|Add `version` next to `path`.
Q0407|0.7.0|Dirty working tree|<n> files have uncommitted changes|The git working tree is dirty and `publish.dirty` is `deny` (the default).|Commit or stash the changes, or pass `--dirty allow` (formerly `--allow-dirty`).
Q0408|1.2.0|Package too large|package is <size>, larger than `publish.max-package-size` (<max>)|The `.qpkg` archive exceeds the limit (default `"10MiB"`).|Use `project.exclude` to drop large files; check with `quarry package --list`.
Q0409|1.0.0|Cannot remove last owner|cannot remove the last owner of `<name>`|Every package needs at least one owner.|Add another owner first.
Q0410|1.0.0|Not an owner|you are not an owner of `<name>`|The token belongs to a user who is not an owner.|Ask an owner to add you.
Q0411|2.6.0|Signing key missing|`publish.sign` is set but `QUARRY_SIGNING_KEY` is empty|Package signing is requested without a key.|Set `QUARRY_SIGNING_KEY` or disable signing.
Q0412|1.0.0|Rate limited|registry rate limit reached, retry after <secs>s|Too many publishes in a short time (quarry-central allows 10 new versions per hour per package).|Wait and retry.
Q0413|2.0.0|Keyring unavailable|credential provider `keyring` is unavailable: <detail>|No OS keyring (common on headless Linux).|Set `registry.credential-provider = "file"` or use `QUARRY_REGISTRY_TOKEN`.
Q0414|1.0.0|Invalid token format|the token does not look like a quarry-central token|quarry-central tokens start with `qk_`.|Copy the token again from the registry's account page.
Q0415|2.2.0|Pre-publish hook failed|`hooks.pre-publish` failed; nothing was uploaded|A pre-publish hook exited non-zero.|Fix the hook.
Q0416|1.2.0|Reserved package name|`<name>` is reserved on `<registry>`|quarry-central reserves names such as `quarry`, `quarry-sdk` and the `quarry-plugin-` prefix for official plugins.|Choose another name. Community plugins use the `qp-` prefix by convention.
Q0417|3.0.0|Token scope insufficient|token lacks scope `<scope>`|A scoped token does not allow this action (e.g. `publish-new`).|Create a token with the needed scope.
Q0501|0.2.0|Test failed|<n> tests failed|At least one test failed.|Read the failures above; rerun one test with `quarry test <name>`.
Q0502|0.2.0|Test binary crashed|test binary `<bin>` crashed with signal <sig>|A test process died from a signal (e.g. segmentation fault).|Run the binary under a debugger.
Q0503|0.6.0|Test timed out|test `<name>` exceeded the timeout of <secs>s|A test ran longer than `test.timeout` (default 120 seconds since 3.1.0; 60 before).|Fix the slow test, or raise `test.timeout` / `--timeout`.
Q0504|1.4.0|Flaky test|test `<name>` passed after <n> retries|With `test.retries`, a test failed and then passed. This is a warning.|Investigate the flakiness.
Q0505|0.6.0|No tests matched|no tests matched filter `<filter>`|The filter excluded all tests. This is a warning unless `--reporter json`.|Check the filter.
Q0506|2.3.0|Coverage tool missing|coverage requested but `<tool>` is not installed|`test.coverage` needs the `llvm-tools` component.|Run `quarry toolchain install stable` with `toolchain.components = ["llvm-tools"]`.
Q0507|1.4.0|JUnit report not writable|cannot write JUnit report to `<path>`|`test.junit-path` is not writable.|Fix the path.
Q0508|2.1.0|Shuffle seed invalid|invalid shuffle seed `<value>`|`--seed` is not an unsigned 64-bit integer.|Use a number.
Q0509|0.9.0|Doc test failed|doc test in `<file>:<line>` failed|A documentation example did not compile or panicked.|Fix the example or mark it `ignore`.
Q0510|2.1.0|Slow test|test `<name>` took <ms> ms|The test exceeded `test.slow-threshold-ms` (default 5000). Informational.|Consider speeding it up.
Q0511|1.1.0|Benchmark baseline missing|baseline `<name>` not found|`--baseline` names a baseline that was never saved.|Run `quarry bench --save-baseline <name>` first.
Q0512|3.0.0|Test harness sandbox violation|test `<name>` was blocked by the sandbox|Tests run in the sandbox when `build.sandbox = "strict"`; a test accessed an undeclared path or network.|Use fixtures under the package directory, or add paths to `sandbox.allow-paths`.
Q0601|1.0.0|Toolchain missing|toolchain `<channel>` is not installed|`toolchain.auto-install = false` and the toolchain is missing, or automatic installation failed.|Run `quarry toolchain install <channel>`.
Q0602|1.0.0|Toolchain download failed|failed to download toolchain `<channel>`|The toolchain server could not be reached.|Retry; use `toolchain.path` for air-gapped machines.
Q0603|1.0.0|Component unavailable|component `<name>` is not available for `<channel>`|The channel does not ship the requested component.|Choose another channel or drop the component.
Q0604|1.1.0|Toolchain path invalid|`toolchain.path` `<path>` does not contain a compiler|The configured path is wrong.|Point it at the toolchain root.
Q0605|2.0.0|Toolchain too old|toolchain <version> is older than the package's `rust-version` <req>|The package needs a newer compiler.|Update the toolchain. Plugins built with quarry-sdk 3.x need Rust 1.80 or newer.
Q0606|1.0.0|Self-update failed|self-update failed: <detail>|`quarry self update` could not replace the binary.|Re-run with permissions to write the install directory, or reinstall.
Q0607|3.0.0|Unsupported platform|platform `<triple>` is no longer supported|The host is not a supported platform in this release (e.g. 32-bit Windows, dropped to tier 3 in 3.0.0).|Use the 2.8.x line (`--channel lts-2`) or a supported host.
Q0608|1.3.0|Environment variable conflict|`<VAR>` is set both in `[env]` and in the environment|`[env]` values do not override the environment unless `force = true`. This is a warning.|Use `force = true` if the manifest should win.
Q0701|0.9.0|Not in a workspace|`--workspace` used outside a workspace|The current package is not part of a workspace.|Remove `--workspace`.
Q0702|0.9.0|Member not found|package `<spec>` is not a workspace member|`-p` names a package that is not a member.|Check `quarry workspace list`.
Q0703|0.9.0|Nested workspace|workspace root `<a>` contains another workspace root `<b>`|Workspaces cannot be nested.|Exclude the inner directory with `workspace.exclude`.
Q0704|1.1.0|Member outside root|member `<path>` is outside the workspace root|Members must live under the root directory.|Move the package or use a path dependency instead.
Q0705|2.3.0|Workspace out of sync|<n> members differ from `[workspace.package]`|`quarry workspace sync --check` found differences.|Run `quarry workspace sync`.
Q0706|1.0.0|Member failed to load|failed to load member `<path>`|A member manifest has errors; the nested error follows.|Fix the member manifest.
Q0707|2.7.0|Parallel exec failure|<n> of <m> members failed in `workspace exec`|One or more members failed under `--parallel`.|Check the per-member output.
Q0801|1.2.0|Telemetry endpoint unreachable|could not send telemetry|Only shown at debug log level.|Nothing to fix.
Q0802|2.4.0|SBOM license unknown|license of `<name>` is unknown|A dependency has no license metadata; the SBOM marks it `NOASSERTION`.|Ask the dependency author to add `license`.
Q0803|2.1.0|Audit found vulnerabilities|<n> advisories at or above `<level>`|`quarry audit` found vulnerable dependencies.|Update the affected packages, or `--ignore` an advisory with justification.
Q0804|3.0.0|Migration needed|this project was last built by QuarryKit 2.x; run `quarry migrate`|The lockfile is format 3 and the manifest has no explicit `edition`. This is a one-time notice.|Run `quarry migrate --dry-run` to preview changes.
Q0805|3.0.0|Migration conflict|`quarry migrate` cannot rewrite `<file>`: <detail>|A file could not be migrated automatically, for example a manifest with templated values.|Apply the changes by hand following 'Migrating from 2.x to 3.0'.
"""


def parse():
    out = []
    for line in RAW.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == 6, line
        code, since, title, msg, cause, fix = parts
        out.append(dict(code=code, since=since, title=title, message=msg, cause=cause, fix=fix))
    return out


ERRORS = parse()
