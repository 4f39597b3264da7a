# quarry-sdk API reference. Format: path|kind|since|signature|summary
# kind: fn, method, struct, enum, trait, macro, const, type, assoc (associated fn)
RAW = r"""
quarry_sdk::register_plugin|macro|1.0.0|macro_rules! register_plugin { ($plugin:ty) => { ... } }|Exports the plugin entry point and ABI marker. Call it exactly once per plugin crate with a type that implements `Plugin + Default`.
quarry_sdk::Plugin|trait|0.7.0|pub trait Plugin: Send + Sync + 'static { fn meta(&self) -> PluginMeta; fn init(&mut self, ctx: &mut Context) -> Result<()>; fn shutdown(&mut self) -> Result<()> { Ok(()) } }|The trait every plugin implements. `init` is called once per build after configuration is loaded; it registers tasks, hooks and commands.
quarry_sdk::Plugin::meta|method|0.7.0|fn meta(&self) -> PluginMeta|Returns static metadata: name, version, minimum QuarryKit version and requested capabilities.
quarry_sdk::Plugin::init|method|0.7.0|fn init(&mut self, ctx: &mut Context) -> Result<()>|Called once per build. Returning an error aborts the build with Q0303.
quarry_sdk::Plugin::shutdown|method|1.0.0|fn shutdown(&mut self) -> Result<()>|Called after the build finishes, even on failure. The default implementation does nothing.
quarry_sdk::PluginMeta|struct|0.7.0|pub struct PluginMeta { pub name: &'static str, pub version: &'static str, pub min_quarry: Option<&'static str>, pub capabilities: &'static [Capability] }|Static plugin metadata returned by `Plugin::meta`.
quarry_sdk::PluginMeta::new|assoc|1.0.0|pub const fn new(name: &'static str, version: &'static str) -> PluginMeta|Creates metadata with no minimum version and no capabilities.
quarry_sdk::PluginMeta::min_quarry|method|2.0.0|pub const fn min_quarry(self, req: &'static str) -> PluginMeta|Sets the minimum QuarryKit version. Older hosts refuse the plugin with Q0314.
quarry_sdk::PluginMeta::capabilities|method|2.0.0|pub const fn capabilities(self, caps: &'static [Capability]) -> PluginMeta|Declares the capabilities the plugin needs. Ungranted capabilities produce Q0315 when used.
quarry_sdk::ABI_VERSION|const|1.0.0|pub const ABI_VERSION: u32 = 3;|The plugin ABI implemented by this SDK. SDK 1.x is ABI 1, SDK 2.x ABI 2, SDK 3.x ABI 3.
quarry_sdk::SDK_VERSION|const|1.0.0|pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");|Version string of the `quarry-sdk` crate the plugin was built with.
quarry_sdk::Result|type|0.7.0|pub type Result<T, E = Error> = core::result::Result<T, E>;|Result alias used throughout the SDK.
quarry_sdk::Error|struct|0.7.0|pub struct Error { /* private */ }|Error type returned by SDK functions. Carries an optional error code and a chain of causes.
quarry_sdk::Error::msg|assoc|0.7.0|pub fn msg(message: impl Into<String>) -> Error|Creates an error from a message.
quarry_sdk::Error::with_code|method|2.0.0|pub fn with_code(self, code: &'static str) -> Error|Attaches an error code such as `"Q0201"` so QuarryKit can link to the error index.
quarry_sdk::Error::context|method|1.0.0|pub fn context(self, ctx: impl Into<String>) -> Error|Adds a line of context shown above the original message.
quarry_sdk::Error::code|method|2.0.0|pub fn code(&self) -> Option<&'static str>|Returns the attached error code, if any.
quarry_sdk::bail|macro|1.0.0|macro_rules! bail { ($($arg:tt)*) => { ... } }|Returns early with `Err(Error::msg(format!(...)))`.
quarry_sdk::context::Context|struct|0.7.0|pub struct Context<'a> { /* private */ }|Handle to the running build passed to `Plugin::init`. All interaction with QuarryKit goes through it.
quarry_sdk::context::Context::add_task|method|0.7.0|pub fn add_task(&mut self, task: Task) -> Result<TaskId>|Adds a task to the build graph. Adding a task whose id already exists fails with Q0317.
quarry_sdk::context::Context::task_exists|method|2.0.0|pub fn task_exists(&self, id: &TaskId) -> bool|Returns whether a task with this id is already in the graph.
quarry_sdk::context::Context::workspace|method|0.9.0|pub fn workspace(&self) -> &Workspace|The workspace being built.
quarry_sdk::context::Context::package|method|0.7.0|pub fn package(&self) -> &Package|The package the plugin is configured for.
quarry_sdk::context::Context::config|method|0.7.0|pub fn config(&self) -> &PluginConfig|The plugin's options from `[plugin-deps.<name>.options]`.
quarry_sdk::context::Context::emit|method|1.0.0|pub fn emit(&mut self, diag: Diagnostic)|Reports a diagnostic. Error-level diagnostics fail the build after `init` returns.
quarry_sdk::context::Context::logger|method|0.7.0|pub fn logger(&self) -> &Logger|The plugin's logger; messages are prefixed with the plugin name.
quarry_sdk::context::Context::cache|method|1.0.0|pub fn cache(&self) -> &Cache|Access to the build cache for plugin-level memoisation.
quarry_sdk::context::Context::out_dir|method|0.7.0|pub fn out_dir(&self) -> &Path|The plugin's private output directory, `quarry-out/plugins/<name>/<profile>/`.
quarry_sdk::context::Context::profile|method|1.0.0|pub fn profile(&self) -> &Profile|The active build profile.
quarry_sdk::context::Context::targets|method|1.1.0|pub fn targets(&self) -> &[Target]|Targets being built; more than one with `build.targets`.
quarry_sdk::context::Context::on|method|1.0.0|pub fn on<F>(&mut self, point: HookPoint, f: F) -> Result<()> where F: Fn(&mut HookCx) -> Result<()> + Send + Sync + 'static|Registers a callback for a hook point.
quarry_sdk::context::Context::register_command|method|1.0.0|pub fn register_command(&mut self, cmd: CommandSpec) -> Result<()>|Adds a `quarry <name>` subcommand. Collisions with built-ins fail with Q0326.
quarry_sdk::context::Context::register_artifact_kind|method|2.2.0|pub fn register_artifact_kind(&mut self, kind: ArtifactKind) -> Result<()>|Registers a custom artifact kind so other plugins can consume it.
quarry_sdk::context::Context::capabilities|method|2.0.0|pub fn capabilities(&self) -> &CapabilitySet|Capabilities granted to the plugin by the project.
quarry_sdk::context::Context::env|method|1.1.0|pub fn env(&self, name: &str) -> Option<String>|Reads an environment variable visible to the plugin (filtered by `build.env-passthrough`).
quarry_sdk::context::Context::quarry_version|method|1.0.0|pub fn quarry_version(&self) -> &Version|Version of the host QuarryKit.
quarry_sdk::context::Context::is_offline|method|1.0.0|pub fn is_offline(&self) -> bool|True when `net.offline` or `--offline` is set.
quarry_sdk::context::Context::sandbox_mode|method|2.0.0|pub fn sandbox_mode(&self) -> SandboxMode|The effective `build.sandbox` mode. Returns `SandboxMode::Strict` by default on QuarryKit 3.x.
quarry_sdk::context::Context::spawn_blocking|method|1.0.0|pub fn spawn_blocking<F: FnOnce() + Send + 'static>(&self, f: F)|Removed in 3.0.0. Ran a closure on a QuarryKit worker thread during `init`. Use a task with `Task::run_fn` instead; plugins still calling it fail to load with Q0323.
quarry_sdk::context::Context::graph|method|2.0.0|pub fn graph(&self) -> &TaskGraph|Read-only view of the task graph as built so far.
quarry_sdk::context::HookCx|struct|1.0.0|pub struct HookCx<'a> { /* private */ }|Context passed to hook callbacks. Offers `graph()`, `emit()`, `logger()` and, for post-task hooks, `outcome()`.
quarry_sdk::context::HookCx::outcome|method|1.0.0|pub fn outcome(&self) -> Option<&TaskOutcome>|Outcome of the task for `HookPoint::AfterTask`; `None` for other hook points.
quarry_sdk::context::HookCx::task|method|1.0.0|pub fn task(&self) -> Option<&Task>|The task the hook fired for, if any.
quarry_sdk::context::CommandSpec|struct|1.0.0|pub struct CommandSpec { /* private */ }|Describes a plugin-provided subcommand.
quarry_sdk::context::CommandSpec::new|assoc|1.0.0|pub fn new(name: &str, about: &str) -> CommandSpec|Creates a subcommand description.
quarry_sdk::context::CommandSpec::arg|method|1.0.0|pub fn arg(self, name: &str, help: &str, required: bool) -> CommandSpec|Adds a positional argument.
quarry_sdk::context::CommandSpec::flag|method|1.0.0|pub fn flag(self, long: &str, help: &str) -> CommandSpec|Adds a boolean `--long` flag.
quarry_sdk::context::CommandSpec::handler|method|1.0.0|pub fn handler<F>(self, f: F) -> CommandSpec where F: Fn(&mut CommandCx) -> Result<i32> + Send + Sync + 'static|Sets the function that runs the command; its return value is the exit code.
quarry_sdk::hooks::HookPoint|enum|1.0.0|pub enum HookPoint { BeforeGraph, AfterGraph, BeforeTask, AfterTask, BeforePublish, AfterBuild }|Points in the build where plugins can run callbacks. `BeforePublish` was added in 2.2.0.
quarry_sdk::hooks::HookPoint::is_exclusive|method|1.0.0|pub fn is_exclusive(&self) -> bool|Exclusive hook points (`BeforePublish`) may be claimed by one plugin only; conflicts produce Q0310.
quarry_sdk::task::Task|struct|0.7.0|pub struct Task { /* private */ }|A unit of work in the build graph with declared inputs, outputs and dependencies.
quarry_sdk::task::Task::new|assoc|0.7.0|pub fn new(id: impl Into<TaskId>, kind: TaskKind) -> Task|Creates a task. The id must be unique within the build.
quarry_sdk::task::Task::input|method|0.7.0|pub fn input(self, path: impl AsRef<Path>) -> Task|Declares an input file. Inputs are hashed for the cache key and made readable in the sandbox.
quarry_sdk::task::Task::inputs|method|0.7.0|pub fn inputs<I, P>(self, paths: I) -> Task where I: IntoIterator<Item = P>, P: AsRef<Path>|Declares several input files.
quarry_sdk::task::Task::input_glob|method|2.0.0|pub fn input_glob(self, pattern: &str) -> Result<Task>|Declares every file matching a glob, relative to the package root.
quarry_sdk::task::Task::output|method|0.7.0|pub fn output(self, path: impl AsRef<Path>) -> Task|Declares an output file. Missing outputs after the task runs cause Q0206.
quarry_sdk::task::Task::depends_on|method|0.7.0|pub fn depends_on(self, id: impl Into<TaskId>) -> Task|Adds a dependency edge. Cycles are reported as Q0205.
quarry_sdk::task::Task::env|method|1.0.0|pub fn env(self, key: &str, value: &str) -> Task|Sets an environment variable for the task. Values are part of the cache key.
quarry_sdk::task::Task::command|method|0.7.0|pub fn command(self, cmd: Command) -> Task|Runs an external program as the task body.
quarry_sdk::task::Task::run_fn|method|1.0.0|pub fn run_fn<F>(self, f: F) -> Task where F: Fn(&mut TaskCx) -> Result<()> + Send + Sync + 'static|Runs a Rust closure as the task body.
quarry_sdk::task::Task::pipelined|method|2.3.0|pub fn pipelined(self, yes: bool) -> Task|Opts the task into build pipelining. Default `true` for compile tasks, `false` otherwise.
quarry_sdk::task::Task::cacheable|method|1.0.0|pub fn cacheable(self, yes: bool) -> Task|Whether outputs may be stored in the cache. Default `true`.
quarry_sdk::task::Task::sandbox|method|2.0.0|pub fn sandbox(self, policy: SandboxPolicy) -> Task|Overrides the sandbox policy for this task. The policy can only add permissions the project grants.
quarry_sdk::task::Task::unsandboxed|method|0.8.0|pub fn unsandboxed(self) -> Task|Removed in 3.0.0. Disabled the sandbox for a task regardless of project settings. Use `Task::sandbox` with an explicit `SandboxPolicy`; plugins still calling it fail with Q0323.
quarry_sdk::task::Task::timeout|method|1.3.0|pub fn timeout(self, secs: u64) -> Task|Per-task timeout overriding `build.timeout`.
quarry_sdk::task::Task::id|method|0.7.0|pub fn id(&self) -> &TaskId|The task id.
quarry_sdk::task::TaskId|struct|0.7.0|pub struct TaskId(/* private */);|Unique task identifier, conventionally `<plugin>:<package>:<name>`.
quarry_sdk::task::TaskId::new|assoc|0.7.0|pub fn new(s: impl Into<String>) -> TaskId|Creates an id. Ids are case-sensitive.
quarry_sdk::task::TaskId::as_str|method|0.7.0|pub fn as_str(&self) -> &str|The id as a string slice.
quarry_sdk::task::TaskKind|enum|0.7.0|pub enum TaskKind { Compile, Link, Generate, Test, Package, Custom(&'static str) }|Category of a task; used for scheduling, `quarry trace` colours and timing reports.
quarry_sdk::task::TaskOutcome|enum|1.0.0|pub enum TaskOutcome { Success, Cached { remote: bool }, Failed { code: i32 }, Skipped, TimedOut }|Result of a task, available to `AfterTask` hooks.
quarry_sdk::task::TaskCx|struct|1.0.0|pub struct TaskCx<'a> { /* private */ }|Context passed to `run_fn` task bodies: inputs, output paths, logger and sandboxed file system access.
quarry_sdk::task::TaskCx::input_paths|method|1.0.0|pub fn input_paths(&self) -> &[PathBuf]|Declared input paths, absolute.
quarry_sdk::task::TaskCx::output_path|method|1.0.0|pub fn output_path(&self, index: usize) -> &Path|Absolute path of the n-th declared output.
quarry_sdk::task::TaskCx::logger|method|1.0.0|pub fn logger(&self) -> &Logger|Logger tagged with the task id.
quarry_sdk::task::TaskCx::scratch_dir|method|2.0.0|pub fn scratch_dir(&self) -> &Path|A per-task temporary directory, removed after the task. Located under `sandbox.tmpdir` if set.
quarry_sdk::task::TaskGraph|struct|2.0.0|pub struct TaskGraph { /* private */ }|Read-only view of the build graph.
quarry_sdk::task::TaskGraph::get|method|2.0.0|pub fn get(&self, id: &TaskId) -> Option<&Task>|Looks up a task by id.
quarry_sdk::task::TaskGraph::dependents|method|2.0.0|pub fn dependents(&self, id: &TaskId) -> impl Iterator<Item = &TaskId>|Tasks that depend on the given task.
quarry_sdk::task::TaskGraph::iter|method|2.0.0|pub fn iter(&self) -> impl Iterator<Item = &Task>|All tasks in insertion order.
quarry_sdk::task::TaskGraph::topo_order|method|2.0.0|pub fn topo_order(&self) -> Result<Vec<&TaskId>>|Tasks in dependency order; fails with Q0205 on a cycle.
quarry_sdk::task::TaskGraph::len|method|2.0.0|pub fn len(&self) -> usize|Number of tasks.
quarry_sdk::diag::Diagnostic|struct|1.0.0|pub struct Diagnostic { /* private */ }|A compiler-style message with severity, optional code, spans and help text.
quarry_sdk::diag::Diagnostic::error|assoc|1.0.0|pub fn error(message: impl Into<String>) -> Diagnostic|Creates an error diagnostic.
quarry_sdk::diag::Diagnostic::warning|assoc|1.0.0|pub fn warning(message: impl Into<String>) -> Diagnostic|Creates a warning diagnostic. Counted towards `build.warnings`.
quarry_sdk::diag::Diagnostic::note|assoc|1.0.0|pub fn note(message: impl Into<String>) -> Diagnostic|Creates an informational note.
quarry_sdk::diag::Diagnostic::with_span|method|1.0.0|pub fn with_span(self, span: Span, label: impl Into<String>) -> Diagnostic|Attaches a labelled source span. Invalid spans are reported as Q0318.
quarry_sdk::diag::Diagnostic::with_help|method|1.0.0|pub fn with_help(self, help: impl Into<String>) -> Diagnostic|Adds a `help:` line.
quarry_sdk::diag::Diagnostic::with_code|method|1.0.0|pub fn with_code(self, code: &'static str) -> Diagnostic|Attaches an error code shown as `error[CODE]`.
quarry_sdk::diag::Diagnostic::severity|method|1.0.0|pub fn severity(&self) -> Severity|The diagnostic's severity.
quarry_sdk::diag::Severity|enum|1.0.0|pub enum Severity { Error, Warning, Note, Help }|Diagnostic severity levels.
quarry_sdk::diag::Span|struct|1.0.0|pub struct Span { /* private */ }|A byte range in a source file.
quarry_sdk::diag::Span::new|assoc|1.0.0|pub fn new(file: impl Into<PathBuf>, start: usize, end: usize) -> Span|Creates a span over `start..end` bytes of `file`.
quarry_sdk::diag::Span::line_col|assoc|2.0.0|pub fn line_col(file: impl Into<PathBuf>, line: u32, col: u32) -> Span|Creates a zero-width span from 1-based line and column.
quarry_sdk::diag::Span::file|method|1.0.0|pub fn file(&self) -> &Path|The file the span points into.
quarry_sdk::config::PluginConfig|struct|0.7.0|pub struct PluginConfig { /* private */ }|The plugin's options table from `[plugin-deps.<name>.options]`.
quarry_sdk::config::PluginConfig::get|method|0.7.0|pub fn get(&self, key: &str) -> Option<&ConfigValue>|Looks up an option by key. Dotted keys address nested tables.
quarry_sdk::config::PluginConfig::get_or|method|1.0.0|pub fn get_or<T: FromConfig>(&self, key: &str, default: T) -> Result<T>|Reads and converts an option, falling back to `default`. Wrong types fail with Q0322.
quarry_sdk::config::PluginConfig::require|method|1.0.0|pub fn require<T: FromConfig>(&self, key: &str) -> Result<T>|Reads a mandatory option.
quarry_sdk::config::PluginConfig::keys|method|1.0.0|pub fn keys(&self) -> impl Iterator<Item = &str>|All top-level option keys.
quarry_sdk::config::PluginConfig::deserialize|method|2.0.0|pub fn deserialize<T: serde::de::DeserializeOwned>(&self) -> Result<T>|Deserialises the whole options table into a struct.
quarry_sdk::config::ConfigValue|enum|0.7.0|pub enum ConfigValue { String(String), Integer(i64), Float(f64), Boolean(bool), Array(Vec<ConfigValue>), Table(BTreeMap<String, ConfigValue>) }|A TOML value from the plugin's options.
quarry_sdk::config::ConfigValue::as_str|method|0.7.0|pub fn as_str(&self) -> Option<&str>|Returns the string if this is a `String`.
quarry_sdk::config::ConfigValue::as_int|method|0.7.0|pub fn as_int(&self) -> Option<i64>|Returns the integer if this is an `Integer`.
quarry_sdk::config::ConfigValue::as_bool|method|0.7.0|pub fn as_bool(&self) -> Option<bool>|Returns the boolean if this is a `Boolean`.
quarry_sdk::config::ConfigValue::as_array|method|1.0.0|pub fn as_array(&self) -> Option<&[ConfigValue]>|Returns the elements if this is an `Array`.
quarry_sdk::config::FromConfig|trait|1.0.0|pub trait FromConfig: Sized { fn from_config(value: &ConfigValue) -> Result<Self>; }|Conversion from `ConfigValue`; implemented for strings, integers, booleans, paths, `Vec<T>` and `Option<T>`.
quarry_sdk::config::ConfigSchema|struct|2.0.0|pub struct ConfigSchema { /* private */ }|Declarative schema for plugin options. QuarryKit validates options against it before `init` and shows it in `quarry plugin info`.
quarry_sdk::config::ConfigSchema::builder|assoc|2.0.0|pub fn builder() -> ConfigSchemaBuilder|Starts a schema.
quarry_sdk::config::ConfigSchemaBuilder::field|method|2.0.0|pub fn field(self, key: &str, ty: FieldType, default: Option<ConfigValue>, doc: &str) -> ConfigSchemaBuilder|Adds an option with type, default and documentation.
quarry_sdk::config::ConfigSchemaBuilder::build|method|2.0.0|pub fn build(self) -> ConfigSchema|Finishes the schema.
quarry_sdk::fs::read|fn|0.7.0|pub fn read(path: impl AsRef<Path>) -> Result<Vec<u8>>|Reads a file. Paths outside the workspace need the `fs-global` capability (Q0324).
quarry_sdk::fs::read_to_string|fn|0.7.0|pub fn read_to_string(path: impl AsRef<Path>) -> Result<String>|Reads a UTF-8 file.
quarry_sdk::fs::write|fn|0.7.0|pub fn write(path: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> Result<()>|Writes a file atomically (write to temp file, then rename).
quarry_sdk::fs::create_dir_all|fn|0.7.0|pub fn create_dir_all(path: impl AsRef<Path>) -> Result<()>|Creates a directory and its parents.
quarry_sdk::fs::copy|fn|1.0.0|pub fn copy(from: impl AsRef<Path>, to: impl AsRef<Path>) -> Result<u64>|Copies a file, preserving permissions; returns bytes copied.
quarry_sdk::fs::walk|fn|1.0.0|pub fn walk(root: impl AsRef<Path>) -> Result<Walk>|Recursively lists files under `root`, honouring `.gitignore` and `watch.ignore`.
quarry_sdk::fs::glob|fn|1.2.0|pub fn glob(pattern: &str) -> Result<Vec<PathBuf>>|Expands a glob relative to the package root, sorted.
quarry_sdk::fs::exists|fn|0.7.0|pub fn exists(path: impl AsRef<Path>) -> bool|Whether the path exists and is accessible to the plugin.
quarry_sdk::fs::remove|fn|1.0.0|pub fn remove(path: impl AsRef<Path>) -> Result<()>|Removes a file or an empty directory. Only allowed inside the plugin's `out_dir`.
quarry_sdk::fs::read_global|fn|1.0.0|pub fn read_global(path: impl AsRef<Path>) -> Result<Vec<u8>>|Removed in 3.0.0. Read any file on the system without a capability check. Use `fs::read` with the `fs-global` capability; calls fail with Q0323.
quarry_sdk::fs::hash_file|fn|2.0.0|pub fn hash_file(path: impl AsRef<Path>) -> Result<Fingerprint>|Hashes a file with the configured `build.hash-algorithm`.
quarry_sdk::process::Command|struct|0.7.0|pub struct Command { /* private */ }|Builder for external programs run by tasks or hooks.
quarry_sdk::process::Command::new|assoc|0.7.0|pub fn new(program: impl AsRef<OsStr>) -> Command|Creates a command. Programs are looked up in the toolchain first, then `PATH`.
quarry_sdk::process::Command::arg|method|0.7.0|pub fn arg(self, arg: impl AsRef<OsStr>) -> Command|Appends an argument.
quarry_sdk::process::Command::args|method|0.7.0|pub fn args<I, S>(self, args: I) -> Command where I: IntoIterator<Item = S>, S: AsRef<OsStr>|Appends several arguments.
quarry_sdk::process::Command::env|method|0.7.0|pub fn env(self, key: &str, value: impl AsRef<OsStr>) -> Command|Sets an environment variable.
quarry_sdk::process::Command::env_clear|method|1.0.0|pub fn env_clear(self) -> Command|Starts from an empty environment.
quarry_sdk::process::Command::current_dir|method|0.7.0|pub fn current_dir(self, dir: impl AsRef<Path>) -> Command|Working directory. Defaults to the package root.
quarry_sdk::process::Command::run|method|0.7.0|pub fn run(&self) -> Result<ExitStatus>|Runs the command with inherited output. A non-zero exit is not an error; check the status.
quarry_sdk::process::Command::output|method|0.7.0|pub fn output(&self) -> Result<Output>|Runs the command and captures stdout and stderr.
quarry_sdk::process::Command::check|method|1.0.0|pub fn check(&self) -> Result<Output>|Like `output` but returns an error (code Q0201) on non-zero exit.
quarry_sdk::process::Output|struct|0.7.0|pub struct Output { pub status: ExitStatus, pub stdout: Vec<u8>, pub stderr: Vec<u8> }|Captured result of `Command::output`.
quarry_sdk::process::ExitStatus|struct|0.7.0|pub struct ExitStatus { /* private */ }|Exit status of a finished command.
quarry_sdk::process::ExitStatus::success|method|0.7.0|pub fn success(&self) -> bool|True for exit code 0.
quarry_sdk::process::ExitStatus::code|method|0.7.0|pub fn code(&self) -> Option<i32>|Exit code, or `None` when killed by a signal.
quarry_sdk::cache::Cache|struct|1.0.0|pub struct Cache { /* private */ }|Plugin-level access to the content-addressed cache. Entries count towards `cache.max-size`.
quarry_sdk::cache::Cache::get|method|1.0.0|pub fn get(&self, key: &CacheKey) -> Result<Option<Vec<u8>>>|Returns cached bytes for a key.
quarry_sdk::cache::Cache::put|method|1.0.0|pub fn put(&self, key: &CacheKey, data: &[u8]) -> Result<()>|Stores bytes. Silently skipped when `build.cache` is `"off"` or `"read-only"`.
quarry_sdk::cache::Cache::contains|method|1.0.0|pub fn contains(&self, key: &CacheKey) -> bool|Whether an entry exists locally.
quarry_sdk::cache::Cache::mode|method|3.0.0|pub fn mode(&self) -> CacheMode|The effective `build.cache` mode (`On`, `Off`, `ReadOnly`).
quarry_sdk::cache::CacheMode|enum|3.0.0|pub enum CacheMode { On, Off, ReadOnly }|Mirror of the `build.cache` setting introduced in QuarryKit 3.0.
quarry_sdk::cache::CacheKey|struct|1.0.0|pub struct CacheKey { /* private */ }|A cache key made from hashed inputs.
quarry_sdk::cache::CacheKey::builder|assoc|1.0.0|pub fn builder(namespace: &str) -> CacheKeyBuilder|Starts a key in a namespace, usually the plugin name.
quarry_sdk::cache::CacheKeyBuilder::add_file|method|1.0.0|pub fn add_file(self, path: impl AsRef<Path>) -> Result<CacheKeyBuilder>|Adds a file's content hash.
quarry_sdk::cache::CacheKeyBuilder::add_str|method|1.0.0|pub fn add_str(self, s: &str) -> CacheKeyBuilder|Adds a string.
quarry_sdk::cache::CacheKeyBuilder::add_bytes|method|1.0.0|pub fn add_bytes(self, b: &[u8]) -> CacheKeyBuilder|Adds raw bytes.
quarry_sdk::cache::CacheKeyBuilder::finish|method|1.0.0|pub fn finish(self) -> CacheKey|Completes the key. Non-deterministic keys are reported as Q0328.
quarry_sdk::cache::Fingerprint|struct|1.0.0|pub struct Fingerprint([u8; 32]);|A 32-byte digest computed with `build.hash-algorithm` (BLAKE3 by default since 2.0).
quarry_sdk::cache::Fingerprint::of_bytes|assoc|1.0.0|pub fn of_bytes(b: &[u8]) -> Fingerprint|Hashes bytes.
quarry_sdk::cache::Fingerprint::combine|method|1.0.0|pub fn combine(&self, other: &Fingerprint) -> Fingerprint|Order-dependent combination of two fingerprints.
quarry_sdk::cache::Fingerprint::to_hex|method|1.0.0|pub fn to_hex(&self) -> String|Lowercase hex encoding.
quarry_sdk::artifact::Artifact|struct|1.0.0|pub struct Artifact { /* private */ }|A produced file with a kind and metadata, visible to other plugins.
quarry_sdk::artifact::Artifact::new|assoc|1.0.0|pub fn new(path: impl Into<PathBuf>, kind: ArtifactKind) -> Artifact|Creates an artifact record.
quarry_sdk::artifact::Artifact::path|method|1.0.0|pub fn path(&self) -> &Path|Location of the artifact.
quarry_sdk::artifact::Artifact::kind|method|1.0.0|pub fn kind(&self) -> &ArtifactKind|Artifact kind.
quarry_sdk::artifact::Artifact::with_metadata|method|2.0.0|pub fn with_metadata(self, key: &str, value: &str) -> Artifact|Attaches string metadata, e.g. an image digest.
quarry_sdk::artifact::ArtifactKind|struct|1.0.0|pub struct ArtifactKind(/* private */);|Artifact kind identifier. Built-in kinds: `BINARY`, `LIBRARY`, `DOC`, `PACKAGE`, `TEST_REPORT`; plugins register more (e.g. `oci-image`).
quarry_sdk::artifact::ArtifactKind::custom|assoc|2.2.0|pub const fn custom(name: &'static str) -> ArtifactKind|Creates a plugin-defined kind. Register it with `Context::register_artifact_kind`.
quarry_sdk::artifact::Artifacts|struct|2.0.0|pub struct Artifacts { /* private */ }|Collection of artifacts produced by the build, available in `AfterBuild` hooks.
quarry_sdk::artifact::Artifacts::of_kind|method|2.0.0|pub fn of_kind(&self, kind: &ArtifactKind) -> impl Iterator<Item = &Artifact>|Filters artifacts by kind.
quarry_sdk::manifest::Workspace|struct|0.9.0|pub struct Workspace { /* private */ }|The workspace: root path and members.
quarry_sdk::manifest::Workspace::root|method|0.9.0|pub fn root(&self) -> &Path|Directory of the root `quarry.toml`.
quarry_sdk::manifest::Workspace::members|method|0.9.0|pub fn members(&self) -> &[Package]|All members.
quarry_sdk::manifest::Workspace::member|method|1.0.0|pub fn member(&self, name: &str) -> Option<&Package>|Finds a member by name.
quarry_sdk::manifest::Package|struct|0.7.0|pub struct Package { /* private */ }|A package's resolved manifest.
quarry_sdk::manifest::Package::name|method|0.7.0|pub fn name(&self) -> &str|`project.name`.
quarry_sdk::manifest::Package::version|method|0.7.0|pub fn version(&self) -> &Version|`project.version`.
quarry_sdk::manifest::Package::edition|method|1.0.0|pub fn edition(&self) -> Edition|Effective edition (explicit or the default of the running QuarryKit).
quarry_sdk::manifest::Package::root|method|0.7.0|pub fn root(&self) -> &Path|Directory containing the package's `quarry.toml`.
quarry_sdk::manifest::Package::dependencies|method|0.7.0|pub fn dependencies(&self) -> &[Dependency]|Declared dependencies of all kinds.
quarry_sdk::manifest::Package::features|method|1.0.0|pub fn features(&self) -> &BTreeSet<String>|Features enabled for this build.
quarry_sdk::manifest::Package::metadata|method|1.0.0|pub fn metadata(&self, tool: &str) -> Option<&ConfigValue>|Reads `[project.metadata.<tool>]`.
quarry_sdk::manifest::Edition|enum|1.0.0|pub enum Edition { E2021, E2023, E2026 }|Manifest editions. `E2026` was added in SDK 3.0.
quarry_sdk::manifest::Dependency|struct|0.7.0|pub struct Dependency { /* private */ }|A declared dependency.
quarry_sdk::manifest::Dependency::name|method|0.7.0|pub fn name(&self) -> &str|Local name (after renaming).
quarry_sdk::manifest::Dependency::req|method|0.7.0|pub fn req(&self) -> &VersionReq|Version requirement.
quarry_sdk::manifest::Dependency::kind|method|0.7.0|pub fn kind(&self) -> DependencyKind|Normal, dev or build.
quarry_sdk::manifest::DependencyKind|enum|0.7.0|pub enum DependencyKind { Normal, Dev, Build }|Dependency section.
quarry_sdk::version::Version|struct|0.7.0|pub struct Version { pub major: u64, pub minor: u64, pub patch: u64, pub pre: String }|A SemVer version.
quarry_sdk::version::Version::parse|assoc|0.7.0|pub fn parse(s: &str) -> Result<Version>|Parses a version; errors carry code Q0004.
quarry_sdk::version::VersionReq|struct|0.7.0|pub struct VersionReq { /* private */ }|A version requirement such as `^1.2` or `>=2, <3`.
quarry_sdk::version::VersionReq::parse|assoc|0.7.0|pub fn parse(s: &str) -> Result<VersionReq>|Parses a requirement; errors carry code Q0117.
quarry_sdk::version::VersionReq::matches|method|0.7.0|pub fn matches(&self, v: &Version) -> bool|Whether the version satisfies the requirement.
quarry_sdk::log::Logger|struct|0.7.0|pub struct Logger { /* private */ }|Structured logger honouring `log.level` and `log.format`.
quarry_sdk::log::Logger::info|method|0.7.0|pub fn info(&self, msg: impl Display)|Logs at info level.
quarry_sdk::log::Logger::warn|method|0.7.0|pub fn warn(&self, msg: impl Display)|Logs at warn level. Use `Diagnostic::warning` for user-facing warnings.
quarry_sdk::log::Logger::debug|method|0.7.0|pub fn debug(&self, msg: impl Display)|Logs at debug level.
quarry_sdk::log::Logger::trace|method|1.0.0|pub fn trace(&self, msg: impl Display)|Logs at trace level. Never log secrets: trace logs are often attached to bug reports.
quarry_sdk::log::Logger::progress|method|2.0.0|pub fn progress(&self, label: &str, total: u64) -> Progress|Creates a progress bar shown in the terminal status line.
quarry_sdk::log::Progress|struct|2.0.0|pub struct Progress { /* private */ }|Progress handle; call `inc` and `finish`.
quarry_sdk::log::Progress::inc|method|2.0.0|pub fn inc(&self, n: u64)|Advances the progress bar.
quarry_sdk::sandbox::SandboxPolicy|struct|2.0.0|pub struct SandboxPolicy { /* private */ }|Per-task sandbox additions.
quarry_sdk::sandbox::SandboxPolicy::inherit|assoc|2.0.0|pub fn inherit() -> SandboxPolicy|Use the project's policy unchanged (the default).
quarry_sdk::sandbox::SandboxPolicy::allow_path|method|2.0.0|pub fn allow_path(self, path: impl Into<PathBuf>, write: bool) -> SandboxPolicy|Requests read (or read-write) access to a path. Requires the `fs-global` capability for paths outside the workspace.
quarry_sdk::sandbox::SandboxPolicy::allow_network|method|2.0.0|pub fn allow_network(self, mode: NetworkMode) -> SandboxPolicy|Requests network access. Requires the `network` capability.
quarry_sdk::sandbox::SandboxPolicy::allow_exec|method|3.0.0|pub fn allow_exec(self, program: impl Into<PathBuf>) -> SandboxPolicy|Requests permission to execute a program outside the toolchain; the counterpart of `sandbox.allow-exec`.
quarry_sdk::sandbox::SandboxMode|enum|2.0.0|pub enum SandboxMode { Off, Permissive, Strict }|Mirror of `build.sandbox`.
quarry_sdk::sandbox::NetworkMode|enum|2.2.0|pub enum NetworkMode { Deny, Loopback, Allow }|Mirror of `sandbox.network`.
quarry_sdk::sandbox::Capability|enum|2.0.0|pub enum Capability { Network, FsGlobal, Exec, Secrets, Commands }|Capabilities a plugin can request in `PluginMeta` and a project grants in `[plugin-deps.<name>] capabilities`.
quarry_sdk::target::Target|struct|1.1.0|pub struct Target { /* private */ }|A target triple being built.
quarry_sdk::target::Target::triple|method|1.1.0|pub fn triple(&self) -> &str|The full triple, e.g. `aarch64-unknown-linux-gnu`.
quarry_sdk::target::Target::os|method|1.1.0|pub fn os(&self) -> &str|Operating system component.
quarry_sdk::target::Target::arch|method|1.1.0|pub fn arch(&self) -> &str|Architecture component.
quarry_sdk::target::Target::is_host|method|1.1.0|pub fn is_host(&self) -> bool|Whether the target equals the host.
quarry_sdk::target::Profile|struct|1.0.0|pub struct Profile { /* private */ }|Resolved build profile.
quarry_sdk::target::Profile::name|method|1.0.0|pub fn name(&self) -> &str|Profile name (`dev`, `release`, or custom).
quarry_sdk::target::Profile::opt_level|method|1.0.0|pub fn opt_level(&self) -> &str|Resolved `opt-level`.
quarry_sdk::target::Profile::debug|method|1.0.0|pub fn debug(&self) -> u8|Resolved debug level 0-2.
quarry_sdk::testing::TestHarness|struct|1.0.0|pub struct TestHarness { /* private */ }|Runs a plugin against a fixture workspace in unit tests without a QuarryKit binary.
quarry_sdk::testing::TestHarness::new|assoc|1.0.0|pub fn new<P: Plugin + Default>(fixture: impl AsRef<Path>) -> TestHarness|Creates a harness for a plugin type and a fixture directory.
quarry_sdk::testing::TestHarness::with_option|method|1.0.0|pub fn with_option(self, key: &str, value: ConfigValue) -> TestHarness|Sets a plugin option.
quarry_sdk::testing::TestHarness::with_sandbox|method|3.0.0|pub fn with_sandbox(self, mode: SandboxMode) -> TestHarness|Simulates a sandbox mode. Defaults to `SandboxMode::Strict` in SDK 3.x, matching QuarryKit 3.0 defaults.
quarry_sdk::testing::TestHarness::run_init|method|1.0.0|pub fn run_init(&mut self) -> Result<()>|Calls `Plugin::init`.
quarry_sdk::testing::TestHarness::run_tasks|method|2.0.0|pub fn run_tasks(&mut self) -> Result<Vec<(TaskId, TaskOutcome)>>|Executes the registered tasks in dependency order.
quarry_sdk::testing::TestHarness::diagnostics|method|1.0.0|pub fn diagnostics(&self) -> &[Diagnostic]|Diagnostics emitted so far.
quarry_sdk::testing::TestHarness::tasks|method|1.0.0|pub fn tasks(&self) -> &TaskGraph|Tasks registered by the plugin.
quarry_sdk::testing::fixture|fn|1.0.0|pub fn fixture(name: &str) -> PathBuf|Path of `tests/fixtures/<name>` in the plugin crate.
quarry_sdk::secrets::Secret|struct|3.0.0|pub struct Secret { /* private */ }|A secret value that is redacted in `Debug`, `Display` and logs.
quarry_sdk::secrets::Secret::expose|method|3.0.0|pub fn expose(&self) -> &str|Returns the raw value. Avoid passing it to `Logger`.
quarry_sdk::secrets::get|fn|3.0.0|pub fn get(name: &str) -> Result<Option<Secret>>|Reads a secret environment variable. Requires the `secrets` capability.
quarry_sdk::net::http_get|fn|2.0.0|pub fn http_get(url: &str) -> Result<Vec<u8>>|Downloads a URL during `init` using QuarryKit's proxy and TLS settings. Requires the `network` capability and fails when offline (Q0131).
quarry_sdk::prelude|module|1.0.0|pub mod prelude { pub use crate::{Plugin, PluginMeta, Result, Error, register_plugin, bail}; pub use crate::context::Context; pub use crate::task::{Task, TaskId, TaskKind}; pub use crate::diag::{Diagnostic, Span}; }|Convenience re-exports: `use quarry_sdk::prelude::*;`.
"""

NOTES = {
    "quarry_sdk::register_plugin": "Changed in 3.0.0: the macro now also exports `QUARRY_PLUGIN_ABI = 3`. Plugins built with SDK 2.x export ABI 2 and are refused by QuarryKit 3.x with Q0302.",
    "quarry_sdk::ABI_VERSION": "ABI history: 1 (SDK 1.x, QuarryKit 1.x), 2 (SDK 2.x, QuarryKit 2.x), 3 (SDK 3.x, QuarryKit 3.x, since 2026-08-18).",
    "quarry_sdk::context::Context::sandbox_mode": "Plugins that shell out to tools outside the toolchain should check this and request `SandboxPolicy::allow_exec` when it returns `Strict`.",
}


def parse():
    out = []
    for line in RAW.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == 5, line
        path, kind, since, sig, summary = parts
        out.append(dict(path=path, kind=kind, since=since, sig=sig, summary=summary, note=NOTES.get(path)))
    return out


ITEMS = parse()

SDK_MSRV = [("1.0", "1.60"), ("2.0", "1.70"), ("2.5", "1.74"), ("3.0", "1.80")]
