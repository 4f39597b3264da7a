#!/usr/bin/env python3
"""Generate the QuarryKit documentation corpus from the data modules + hand-written core pages."""
import hashlib, os, random, re, shutil, sys, datetime
sys.path.insert(0, os.path.dirname(__file__))
from data_versions import VERSIONS, VDATE, TODAY, CUTOFF, vdate
from data_config import KEYS
from data_cli import CMDS
from data_errors import ERRORS
from data_sdk import ITEMS, SDK_MSRV
from data_plugins import PLUGINS
from data_misc import ADVISORIES, GLOSSARY, ENVVARS, FAQ, HOWTOS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus")
CORE = os.path.join(ROOT, "tools", "core")
DOCS = {}  # filename -> (title, date, body)


def R(seed):
    return random.Random(int(hashlib.md5(seed.encode()).hexdigest()[:12], 16))


def slug(s):
    s = s.lower().replace("<", "").replace(">", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def d2(s):
    return datetime.date.fromisoformat(s)


def shift(date, days):
    d = d2(date) + datetime.timedelta(days=days)
    return min(d, d2(TODAY)).isoformat()


def emit(fname, title, date, body):
    assert fname not in DOCS, fname
    DOCS[fname] = (title, date, body.strip() + "\n")


def cell(s):
    return s.replace("|", "\\|")


def link(fname, text=None):
    return f"[{text or DOCS_TITLES.get(fname, fname)}]({fname})"


DOCS_TITLES = {}

# ------------------------------------------------------------------ file naming

def key_file(key):
    return "config-" + slug(key) + ".md"


def cmd_file(name):
    return "cli-quarry-" + slug(name) + ".md"


def err_file(code):
    return "error-" + code.lower() + ".md"


def sdk_short(path):
    parts = path.split("::")[1:]
    # find the first capitalised segment (type)
    for i, p in enumerate(parts):
        if p[:1].isupper():
            return parts[i:]
    return parts


def sdk_file(path):
    parts = sdk_short(path)
    if path == "quarry_sdk::prelude":
        return "sdk-prelude.md"
    if len(parts) == 1 and parts[0][:1].isupper():
        return "sdk-type-" + slug(parts[0]) + ".md"
    return "sdk-" + "-".join(slug(p) for p in parts) + ".md"


def plugin_file(p):
    return "plugin-" + p["short"] + ".md"


def rel_file(v):
    return "release-notes-" + v.replace(".", "-") + ".md"


def adv_file(a):
    return "advisory-" + a["id"].lower() + ".md"


KEYMAP = {k["key"]: k for k in KEYS}
ERRMAP = {e["code"]: e for e in ERRORS}
CMDMAP = {c["name"]: c for c in CMDS}

# ------------------------------------------------------------------ helpers for cross refs

KEY_RE = re.compile(r"`([a-z-]+(?:\.[a-z<>A-Z_-]+)+)`")
CODE_RE = re.compile(r"\bQ\d{4}\b")


def mentioned_keys(text, exclude=None):
    out = []
    for m in KEY_RE.finditer(text):
        k = m.group(1)
        if k in KEYMAP and k != exclude and k not in out:
            out.append(k)
    return out


def mentioned_codes(text, exclude=None):
    out = []
    for c in CODE_RE.findall(text):
        if c in ERRMAP and c != exclude and c not in out:
            out.append(c)
    return out


def section_of(key):
    parts = key.split(".")
    if key in ("dev-dependencies", "build-dependencies"):
        return key
    if key.startswith("target.<cfg>"):
        return "target.<cfg>.dependencies"
    return ".".join(parts[:-1]) if len(parts) > 1 else parts[0]


SAMPLE = {
    "project.name": '"tile-server"', "project.version": '"0.4.2"', "project.authors": '["Ada Ng <ada@example.org>"]',
    "project.description": '"Vector tile server with on-the-fly simplification"', "project.license-file": '"LICENSES/custom.txt"',
    "project.repository": '"https://git.example.org/maps/tile-server"', "project.homepage": '"https://tiles.example.org"',
    "project.documentation": '"https://docs.example.org/tile-server"', "project.keywords": '["gis", "tiles", "maps"]',
    "project.categories": '["web-programming"]', "project.include": '["src/**", "README.md", "LICENSE*"]',
    "project.exclude": '["fixtures/large/**"]', "project.default-run": '"tile-server"', "project.links": '"proj"',
    "project.metadata": '{ docs-theme = "dark" }', "build.jobs": "6", "build.default-target": '"x86_64-unknown-linux-musl"',
    "build.timeout": "1800", "build.source-date-epoch": "1767225600", "build.remote-exec": '"grpcs://exec.example.com:8980"',
    "build.rustc-wrapper": '"/usr/local/bin/sccache"', "build.dep-info-basedir": '"."', "build.link-jobs": "2",
    "build.max-output-lines": "500", "cache.dir": '"/mnt/fast/quarry-cache"', "cache.ttl-days": "14", "cache.gc-interval-hours": "6",
    "cache.remote.url": '"https://cache.example.com/quarry"', "cache.remote.token-env": '"CI_CACHE_TOKEN"', "cache.remote.timeout-ms": "3000",
    "cache.remote.max-upload-size": '"2GiB"', "cache.remote.concurrency": "16", "registry.timeout": "60", "registry.retries": "5",
    "registry.index-cache-ttl": "900", "net.proxy": '"http://proxy.corp.example:3128"', "net.retry": "5", "net.http-timeout": "60",
    "net.cainfo": '"/etc/ssl/corp-ca.pem"', "net.low-speed-limit": "100", "net.user-agent": '"acme-ci/quarry"',
    "net.max-concurrent-downloads": "32", "plugins.dir": '"/opt/quarry/plugins"', "plugins.load-timeout-ms": "15000",
    "plugins.max-memory-mb": "1024", "plugins.deny": '["qp-telemetry-beacon"]', "test.threads": "4", "test.retries": "2",
    "test.seed": "1234", "test.slow-threshold-ms": "2000", "test.junit-path": '"reports/junit.xml"', "fmt.line-width": "120",
    "fmt.indent": "2", "fmt.exclude": '["src/gen/**"]', "lint.deny": '["unsafe-code"]', "lint.warn": '["missing-docs"]',
    "lint.allow": '["too-many-arguments"]', "lint.max-warnings": "0", "lint.baseline": '"lint-baseline.json"',
    "doc.output-dir": '"public/api"', "publish.max-package-size": '"20MiB"', "watch.ignore": '[".git", "quarry-out", "node_modules"]',
    "watch.poll-interval-ms": "2000", "telemetry.endpoint": '"https://telemetry.internal.example/v1"', "sandbox.allow-paths": '["/usr/share/zoneinfo", "/tmp/fixtures:rw"]',
    "sandbox.allow-env": '["LANG", "TZ"]', "sandbox.tmpdir": '"/var/tmp/quarry"', "sandbox.allow-exec": '["/usr/bin/protoc"]',
    "toolchain.channel": '"1.80.1"', "toolchain.components": '["llvm-tools", "rust-src"]', "toolchain.targets": '["wasm32-unknown-unknown"]',
    "toolchain.path": '"/opt/toolchains/rust-1.80"', "term.verbose": "1", "log.file": '"quarry.log"', "build.targets": '["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"]',
    "build.env-passthrough": '["PATH", "HOME", "TMPDIR", "LANG"]', "plugins.trusted-keys": '["ed25519:Zm9vYmFyLWV4YW1wbGUta2V5LWZvci1kb2NzLW9ubHk="]',
    "workspace.members": '["crates/*", "tools/gen"]', "workspace.exclude": '["crates/experimental"]', "workspace.default-members": '["crates/server"]',
    "lib.crate-type": '["cdylib", "lib"]', "lib.name": '"tile_core"', "lib.path": '"src/core/lib.rs"', "bin.path": '"src/bin/cli.rs"',
    "bin.name": '"tile-cli"', "bin.required-features": '["cli"]', "features.default": '["tls"]',
    "hooks.pre-build": '["./scripts/gen-version.sh"]', "hooks.post-build": '["./scripts/notify.sh"]', "hooks.pre-publish": '["quarry test --workspace"]',
}


def literal_alt(k):
    """A sensible example value for key k (prefers a non-default allowed value)."""
    key = k["key"]
    if key in SAMPLE:
        return SAMPLE[key]
    if k["values"]:
        opts = [v for v in k["values"] if v != k["default"]]
        if opts:
            return R(key).choice(opts)
        return k["values"][0]
    d = k["default"]
    if d == "true":
        return "false"
    if d == "false":
        return "true"
    if re.fullmatch(r"-?\d+", d):
        return str(int(d) * 2 if int(d) else 30)
    if d.startswith('"'):
        return d
    return '"example"'


def toml_example(k):
    key = k["key"]
    if k["example"]:
        ex = k["example"]
        if ex.startswith("["):
            return ex
        sec = section_of(key)
        return f"[{sec}]\n{ex}"
    if key.startswith("profile.<name>."):
        leaf = key.split(".")[-1]
        val = {"opt-level": "3", "debug": "1", "lto": '"thin"', "codegen-units": "1", "strip": '"symbols"', "panic": '"abort"',
               "overflow-checks": "true", "debug-assertions": "false", "incremental": "true", "inherits": '"release"',
               "split-debuginfo": '"packed"', "rpath": "true"}[leaf]
        prof = "ci" if leaf == "inherits" else "release"
        return f"[profile.{prof}]\n{leaf} = {val}"
    if key.startswith("dependencies.<name>."):
        leaf = key.split(".")[-1]
        val = {"version": 'version = "1.0"', "path": 'path = "../geo-core", version = "0.3"', "git": 'git = "https://git.example.org/geo-core"',
               "branch": 'git = "https://git.example.org/geo-core", branch = "next"', "tag": 'git = "https://git.example.org/geo-core", tag = "v0.3.1"',
               "rev": 'git = "https://git.example.org/geo-core", rev = "9f3c2ab"', "features": 'version = "1.0", features = ["derive"]',
               "default-features": 'version = "0.12", default-features = false', "optional": 'version = "0.23", optional = true',
               "registry": 'version = "2.1", registry = "internal"', "package": 'package = "geo-core-ng", version = "4"', "workspace": "workspace = true"}[leaf]
        name = {"features": "serde", "default-features": "reqwest", "optional": "rustls", "package": "geo"}.get(leaf, "geo-core")
        return f"[dependencies]\n{name} = {{ {val} }}"
    if key.startswith("registries.<name>."):
        leaf = key.split(".")[-1]
        val = {"index": '"sparse+https://quarry.corp.example/index/"', "protocol": '"sparse"', "token-env": '"CORP_REGISTRY_TOKEN"', "credential-provider": '"env"'}[leaf]
        return f"[registries.internal]\n{leaf} = {val}"
    if key.startswith("plugin-deps.<name>."):
        leaf = key.split(".")[-1]
        val = {"version": '"2.4"', "options": '{ proto-dir = "schemas", out-dir = "src/gen" }', "enabled": "false", "path": '"../qp-schema-gen"', "registry": '"internal"'}[leaf]
        return f"[plugin-deps.protobuf]\n{leaf} = {val}"
    special = {
        "dev-dependencies": '[dev-dependencies]\nproptest = "1.4"\ninsta = { version = "1.39", features = ["json"] }',
        "build-dependencies": '[build-dependencies]\ncc = "1.1"',
        "target.<cfg>.dependencies": "[target.'cfg(windows)'.dependencies]\nwinreg = \"0.52\"",
        "alias.<name>": '[alias]\nb = "build --release"\nt = ["test", "--shuffle"]',
        "env.<NAME>": '[env]\nRUST_LOG = "info"\nCONFIG_DIR = { value = "config", relative = true }',
        "scripts.<name>": '[scripts]\nlint-all = "quarry lint --workspace --max-warnings 0"\nseed-db = { cmd = "./scripts/seed.sh", env = { DB = "dev" } }',
        "features.<name>": '[features]\ntls = ["dep:rustls"]\ncli = []',
        "workspace.dependencies": '[workspace.dependencies]\nserde = { version = "1.0", features = ["derive"] }',
        "workspace.package": '[workspace.package]\nversion = "2.3.0"\nedition = "2026"\nlicense = "Apache-2.0"',
        "workspace.lints": '[workspace.lints]\ndeny = ["unsafe-code"]',
        "workspace.metadata": '[workspace.metadata.release]\nsign-tags = true',
        "workspace.resolver": '[workspace]\nresolver = "2"',
        "workspace.inherit-profiles": "[workspace]\ninherit-profiles = false",
    }
    if key in special:
        return special[key]
    sec = section_of(key)
    leaf = key.split(".")[-1]
    if sec in ("bin",):
        return f'[[bin]]\nname = "tile-cli"\n{leaf} = {literal_alt(k)}' if leaf != "name" else f"[[bin]]\nname = {literal_alt(k)}\npath = \"src/bin/cli.rs\""
    return f"[{sec}]\n{leaf} = {literal_alt(k)}"


M_SCOPE = "project (quarry.toml)"


def type_syntax(k):
    t = k["type"]
    r = R(k["key"] + "syn")
    if t == "boolean":
        return r.choice(["Write `true` or `false` without quotes. Quoted strings such as `\"yes\"` are rejected with Q0008.",
                         "A TOML boolean: `true` or `false`. Environment variables accept `true`, `false`, `1` and `0`."])
    if t.startswith("integer"):
        unit = t[t.find("(") + 1:t.find(")")] if "(" in t else None
        return f"A TOML integer without quotes{', in ' + unit if unit else ''}. A quoted number such as `\"30\"` is a type error (Q0008)."
    if t.startswith("string (size)"):
        return "A quoted size with a binary unit suffix: `KiB`, `MiB`, `GiB` or `TiB`, for example `\"512MiB\"`. Unknown suffixes are reported as Q0025."
    if t.startswith("array"):
        return r.choice(["A TOML array. When the key is set in more than one place, the array from the highest-precedence source replaces the others; arrays are not merged.",
                         "A TOML array of strings. Arrays from different configuration layers are not merged: the highest-precedence source wins."])
    if t == "string" and k["values"]:
        return "One of " + ", ".join(f"`{v}`" for v in k["values"]) + ". Values are case-sensitive."
    if t.startswith("string (path)"):
        return r.choice(["A path. Relative paths are resolved against the directory of the file that sets the key; `~` expands to the home directory.",
                         "A quoted path. Relative paths are relative to the file that contains the setting, and `~` is expanded."])
    if t.startswith("string (URL)"):
        return "A full URL including the scheme, e.g. `https://`."
    return None


def key_updated(k):
    dates = [vdate(k["since"])] + [vdate(v) for v, _ in k["history"]]
    base = max(dates)
    return shift(base, R(k["key"] + "u").randint(0, 25))


def fmt_default(d):
    if d.startswith("(") or " " in d and not d.startswith('"') and not d.startswith("["):
        return d
    return f"`{d}`"


# ------------------------------------------------------------------ config key pages

def gen_config():
    for k in KEYS:
        key = k["key"]
        r = R(key)
        sec = section_of(key)
        variant = r.randint(0, 2)
        title = [key, f"Configuration key `{key}`", f"{key} (quarry.toml)"][variant]
        date = key_updated(k)
        dflt = fmt_default(k["default"])
        lines = []
        intro_opts = [
            f"`{key}` is a key in the `[{sec}]` table. {k['desc']}",
            f"{k['desc']} This page documents the `{key}` key of the `[{sec}]` table.",
            f"The `{key}` setting lives in `[{sec}]`. {k['desc']}",
        ]
        lines.append(intro_opts[variant])
        lines.append("")
        rows = [("Type", k["type"]), ("Default", dflt)]
        if k["values"]:
            rows.append(("Allowed values", ", ".join(f"`{v}`" for v in k["values"])))
        rows.append(("Since", f"QuarryKit {k['since']}"))
        rows.append(("Where", k["scope"]))
        if k["env"]:
            rows.append(("Environment variable", f"`{k['env']}`"))
        if k["flag"]:
            rows.append(("Command-line flag", f"`{k['flag']}`"))
        if variant in (0, 2):
            lines.append("| Property | Value |")
            lines.append("|---|---|")
            for a, b in rows:
                lines.append(f"| {a} | {cell(b)} |")
        else:
            lines.append("## At a glance")
            lines.append("")
            for a, b in rows:
                lines.append(f"- **{a}:** {b}")
        lines.append("")
        # history
        if k["history"]:
            head = r.choice(["## History", "## Version history", "## Changes across versions"])
            lines.append(head)
            lines.append("")
            if r.random() < 0.5:
                lines.append("| Version | Change |")
                lines.append("|---|---|")
                for v, ch in k["history"]:
                    lines.append(f"| {v} ({vdate(v)}) | {ch} |")
            else:
                for v, ch in k["history"]:
                    lines.append(f"- **{v}** (released {vdate(v)}): {ch}")
            lines.append("")
        # example
        lines.append(r.choice(["## Example", "## Example configuration", "## Usage"]))
        lines.append("")
        lines.append("```toml")
        lines.append(toml_example(k))
        lines.append("```")
        lines.append("")
        if k["env"] and r.random() < 0.6:
            val = literal_alt(k).strip('"')
            if not val.startswith("["):
                lines.append(f"The same setting for a single shell session: `export {k['env']}={val}`.")
                lines.append("")
        if k["flag"] and r.random() < 0.5:
            lines.append(f"On the command line, `{k['flag'].split(',')[-1].strip()}` overrides the value from any configuration file for that invocation.")
            lines.append("")
        if k["notes"]:
            lines.append(r.choice(["## Notes", "## Notes and caveats", "## Good to know"]))
            lines.append("")
            lines.append(k["notes"])
            lines.append("")
        if "user" in k["scope"] and "project" in k["scope"] and r.random() < 0.5:
            lines.append("## Precedence")
            lines.append("")
            lines.append("Values are resolved in this order, highest first: command-line flag, `QUARRY_*` environment variable, project `quarry.toml`, user `~/.quarry/config.toml`, built-in default. See 'Configuration layering and precedence'.")
            lines.append("")
        elif k["scope"] == "user":
            lines.append("This is a user-level setting: put it in `~/.quarry/config.toml` (or set it with `quarry config set`). Values in a project manifest are ignored with a warning.")
            lines.append("")
        SECNOTE = {
            "profile.<name>": "Built-in profiles are `dev` (used by `quarry build`), `release` (`--release`), `test` (inherits `dev`) and `bench` (inherits `release`). Custom profiles must set `inherits`; `quarry profile show <name>` prints the resolved values.",
            "dependencies.<name>": "The same keys are accepted in `[dev-dependencies]`, `[build-dependencies]` and `[target.<cfg>.dependencies]`. A plain string such as `serde = \"1.0\"` is shorthand for `{ version = \"1.0\" }`.",
            "dependencies": "Dependency tables accept the same per-dependency keys as `[dependencies]`: `version`, `path`, `git`, `branch`, `tag`, `rev`, `features`, `default-features`, `optional`, `registry`, `package` and `workspace`.",
            "dev-dependencies": "Dependency tables accept the same per-dependency keys as `[dependencies]`: `version`, `path`, `git`, `branch`, `tag`, `rev`, `features`, `default-features`, `optional` (not for dev-dependencies), `registry`, `package` and `workspace`.",
            "build-dependencies": "Dependency tables accept the same per-dependency keys as `[dependencies]`: `version`, `path`, `git`, `branch`, `tag`, `rev`, `features`, `default-features`, `optional`, `registry`, `package` and `workspace`.",
            "target.<cfg>.dependencies": "Dependency tables accept the same per-dependency keys as `[dependencies]`. The `cfg(...)` expression supports `unix`, `windows`, `target_os`, `target_arch`, `target_env`, `all(...)`, `any(...)` and `not(...)`; malformed expressions are Q0037.",
            "workspace": "The `[workspace]` table is only valid in the root manifest. Members find the root by searching parent directories for a `quarry.toml` with a `[workspace]` table.",
        }
        if sec in SECNOTE and r.random() < 0.8 or (sec in SECNOTE and len(k["desc"]) < 90):
            lines.append(SECNOTE[sec])
            lines.append("")
        syn = type_syntax(k)
        if syn:
            lines.append(r.choice(["## Accepted syntax", "## Value format", "## Syntax"]))
            lines.append("")
            lines.append(syn)
            lines.append("")
        chk = [f"Run `quarry config get {key} --show-origin` to print the effective value and the file or variable it came from. In QuarryKit 3.x, `quarry config explain {key}` also prints the type and default shown above.",
               f"To see the value QuarryKit actually uses, run `quarry config get {key}`; add `--show-origin` (2.7.0 and later) to see where it was set. `quarry config explain {key}` (3.0.0 and later) summarises this page in the terminal.",
               f"`quarry config explain {key}` prints the type, default and current source of this key (QuarryKit 3.0+). On older versions use `quarry config get {key} --show-origin`."]
        if "<" in key and k["scope"] != M_SCOPE:
            lines.append("Replace the placeholder in angle brackets with the name of the entry you are configuring. The key can appear in the project manifest or in `~/.quarry/config.toml`; the project value wins.")
            lines.append("")
        if "<" not in key and k["scope"] != M_SCOPE:
            lines.append(r.choice(["## Checking the effective value", "## Inspecting the value"]))
            lines.append("")
            lines.append(r.choice(chk))
            lines.append("")
        if k["scope"] == M_SCOPE:
            lines.append(r.choice(["This key is read only from the package manifest. `quarry metadata` shows the resolved value for every workspace member.",
                                   "Only `quarry.toml` can set this key; user configuration and environment variables do not affect it. Use `quarry metadata` to inspect resolved values.",
                                   "The key belongs to the package manifest. Changing it changes the package's fingerprint, so dependent tasks rebuild."]))
            lines.append("")
        # see also
        rel = [x for x in k["related"] if x in KEYMAP]
        rel += [x for x in mentioned_keys(k["desc"] + " " + (k["notes"] or ""), exclude=key) if x not in rel]
        codes = mentioned_codes((k["notes"] or "") + k["desc"])
        see = []
        for x in rel[:4]:
            see.append(f"- [`{x}`]({key_file(x)})")
        for c in codes[:3]:
            see.append(f"- [{c}: {ERRMAP[c]['title']}]({err_file(c)})")
        if k["flag"]:
            cmd = {"test": "test", "fmt": "fmt", "watch": "watch", "lint": "lint", "doc": "doc", "publish": "publish"}.get(key.split(".")[0], "build")
            if cmd in CMDMAP:
                see.append(f"- [quarry {cmd}]({cmd_file(cmd)})")
        sibs = [x["key"] for x in KEYS if section_of(x["key"]) == sec and x["key"] != key and x["key"] not in rel]
        if sibs:
            pick = r.sample(sibs, min(2, len(sibs)))
            for x in pick:
                see.append(f"- [`{x}`]({key_file(x)})")
        if see:
            lines.append("## See also")
            lines.append("")
            lines += see
        emit(key_file(key), title, date, "\n".join(lines))


# ------------------------------------------------------------------ CLI pages

USAGE_FILL = {"<NAME>": "tile-server", "<CHANNEL|VERSION>": "1.80.1", "<TRIPLE>": "aarch64-unknown-linux-gnu", "<TOOL>": "rustfmt",
              "<KEY>": "build.jobs", "<VALUE>": "8", "<LOGIN>": "github:ada", "<INDEX-URL>": "sparse+https://quarry.corp.example/index/",
              "<SHELL>": "zsh", "<CODE>": "Q0212", "[COMMAND]": "build", "<QUERY>": "protobuf", "<PATH>": "tile-server", "[PATH]": ""}


def example_from_usage(u):
    out = u
    for a, b in USAGE_FILL.items():
        out = out.replace(a, b)
    out = re.sub(r"\[[^\]]*\]", "", out)
    out = re.sub(r"<[^>]*>\.*", "", out)
    out = out.replace(" -- ", " ").replace("--user | --project", "")
    return re.sub(r"\s+", " ", out).strip()


def gen_cli():
    for c in CMDS:
        name = c["name"]
        r = R("cli" + name)
        variant = r.randint(0, 2)
        title = [f"quarry {name}", f"`quarry {name}` command", f"quarry {name} - {c['summary'].rstrip('.')}"][variant]
        dates = [vdate(c["since"])]
        for f in c["flags"]:
            if f["since"]:
                dates.append(vdate(f["since"]))
            if f["deprecated"]:
                dv = f["deprecated"].split(";")[0].replace("removed in ", "").strip()
                dates.append(vdate(dv))
        for m in re.findall(r"\b([0-9]\.[0-9]\.[0-9])\b", c["desc"]):
            if m in VDATE:
                dates.append(VDATE[m])
        date = shift(max(dates), r.randint(0, 20))
        L = []
        L.append(f"{c['summary']} Available since QuarryKit {c['since']}." if variant != 1 else f"Added in QuarryKit {c['since']}. {c['summary']}")
        L.append("")
        L.append(r.choice(["## Synopsis", "## Usage"]))
        L.append("")
        L.append("```text")
        L.append(c["usage"])
        L.append("```")
        L.append("")
        desc = c["desc"]
        if " " in name:
            parent = CMDMAP[name.split(" ")[0]]
            desc = (desc + " " if desc else "") + f"This is a subcommand of `quarry {parent['name']}` ({parent['summary'].rstrip('.').lower()})."
        if desc:
            L.append("## Description")
            L.append("")
            L.append(desc)
            L.append("")
        L.append(r.choice(["Like most commands, it looks for `quarry.toml` in the current directory and its parents. Use `-C <dir>` or `--manifest-path <path>` to run it against another project.",
                           "The command locates the project by searching for `quarry.toml` upwards from the current directory; `-C <dir>` changes the starting directory.",
                           "QuarryKit finds the project by walking up from the current directory to the nearest `quarry.toml`. Pass `--manifest-path` to select a manifest explicitly."]))
        L.append("")
        if c["flags"]:
            L.append("## Options")
            L.append("")
            if variant == 0 or (variant == 2 and len(c["flags"]) > 4):
                L.append("| Option | Default | Description |")
                L.append("|---|---|---|")
                for f in c["flags"]:
                    desc = f["desc"]
                    if f["since"] and f["since"] != c["since"]:
                        desc += f" Since {f['since']}."
                    if f["deprecated"]:
                        desc = f"**Deprecated** ({f['deprecated']}). " + desc if not f["deprecated"].startswith("removed") else f"**Removed** ({f['deprecated']}). " + desc
                    if f["key"]:
                        desc += f" Config: `{f['key']}`."
                    L.append(f"| `{cell(f['flag'])}` | {cell(fmt_default(f['default'])) if f['default'] else '-'} | {cell(desc)} |")
            else:
                for f in c["flags"]:
                    L.append(f"`{f['flag']}`")
                    parts = [f["desc"]]
                    if f["default"]:
                        parts.append(f"Default: {fmt_default(f['default'])}.")
                    if f["since"] and f["since"] != c["since"]:
                        parts.append(f"Added in {f['since']}.")
                    if f["deprecated"]:
                        if f["deprecated"].startswith("removed"):
                            parts.insert(0, f"**Removed** ({f['deprecated']}).")
                        else:
                            parts.insert(0, f"**Deprecated since {f['deprecated']}.**")
                    if f["key"]:
                        parts.append(f"Corresponds to `{f['key']}`.")
                    L.append(": " + " ".join(parts))
                    L.append("")
            L.append("")
            if True:
                L.append("Global options such as `--color`, `--offline`, `--locked`, `-v` and `-q` are accepted as well; see 'Global command-line options'.")
                L.append("")
        subs = [x for x in CMDS if x["name"].startswith(name + " ")]
        if subs:
            L.append("## Subcommands")
            L.append("")
            L.append("| Subcommand | Since | Purpose |")
            L.append("|---|---|---|")
            for x in subs:
                L.append(f"| [`quarry {x['name']}`]({cmd_file(x['name'])}) | {x['since']} | {cell(x['summary'])} |")
            L.append("")
            L.append(f"Run `quarry help {name} <subcommand>` for the options of each subcommand.")
            L.append("")
        if not c["examples"]:
            c = dict(c, examples=[example_from_usage(c["usage"])])
        if c["examples"]:
            L.append("## Examples")
            L.append("")
            L.append("```sh")
            L += c["examples"]
            L.append("```")
            L.append("")
        if c["notes"]:
            L.append(c["notes"])
            L.append("")
        if c["errors"]:
            L.append(r.choice(["## Common errors", "## Errors", "## Error codes you may see"]))
            L.append("")
            for e in c["errors"]:
                if e in ERRMAP:
                    L.append(f"- [{e}]({err_file(e)}): {ERRMAP[e]['title']}")
            L.append("")
        L.append("## Exit status" if r.random() < 0.4 else "## Return codes")
        L.append("")
        L.append("`0` on success, `1` when the operation failed, `2` for invalid arguments, `101` when QuarryKit itself crashed.")
        L.append("")
        see = []
        for x in c["related"]:
            if x in CMDMAP:
                see.append(f"- [quarry {x}]({cmd_file(x)})")
        keys = [f["key"] for f in c["flags"] if f["key"]]
        for kk in keys[:3]:
            see.append(f"- [`{kk}`]({key_file(kk)})")
        if " " in name:
            parent = name.split(" ")[0]
            if parent in CMDMAP and parent not in c["related"]:
                see.append(f"- [quarry {parent}]({cmd_file(parent)})")
        if see:
            L.append("## See also")
            L.append("")
            L += see
        emit(cmd_file(name), title, date, "\n".join(L))


# ------------------------------------------------------------------ error pages

SAMPLE_FILL = {"<path>": "crates/tiles/quarry.toml", "<dir>": "/home/dev/tile-server", "<name>": "geo-core", "<pkg>": "tile-server",
               "<task>": "compile:tile-server:lib", "<key>": "build.jobs", "<value>": "fast", "<version>": "3.1.1", "<req>": ">=3.0",
               "<registry>": "quarry-central", "<host>": "169.254.169.254", "<port>": "80", "<code>": "1", "<secs>": "120",
               "<n>": "3", "<m>": "12", "<ms>": "10000", "<mb>": "512", "<size>": "14.2MiB", "<max>": "10MiB", "<program>": "/usr/bin/git",
               "<VAR>": "AWS_PROFILE", "<triple>": "aarch64-unknown-linux-gnu", "<url>": "https://git.example.org/geo-core",
               "<ref>": "v0.3.1", "<chain>": "a -> b -> a", "<status>": "404", "<a>": "geo-core", "<b>": "tile-server",
               "<line>": "14", "<col>": "9", "<detail>": "expected `=`", "<table>": "[project]", "<type>": "integer", "<found>": "string",
               "<reason>": "must start with a letter", "<flag>": "--no-cache", "<flag-a>": "--release", "<flag-b>": "--profile",
               "<replacement>": "--cache off", "<lib>": "proj", "<entry>": "../../.bashrc", "<pinned>": "4.0.0", "<cap>": "network",
               "<symbol>": "Context::spawn_blocking", "<v>": "2.0.1", "<official>": "quarry-plugin-docker", "<date>": "2026-01-31",
               "<hook>": "pre-build", "<cmd>": "./scripts/gen.sh", "<bin>": "parser-tests", "<sig>": "11", "<filter>": "parser::",
               "<file>": "src/lib.rs", "<tool>": "llvm-profdata", "<channel>": "1.80.1", "<os>": "linux", "<spec>": "tiles-web",
               "<level>": "high", "<kind>": "wasm-bundle", "<feat>": "simd", "<req-a>": "^1.2", "<req-b>": "^2.0", "<host-a>": "index.quarrykit.dev",
               "<host-b>": "cdn.example.net", "<scope>": "publish-new", "<login>": "github:ada", "<pid>": "48213", "<year>": "2026",
               "<read or write>": "read", "<cfg>": "cfg(windos)", "<pattern>": "src/[a-z", "<feature>": "tls", "<cmd>...": "", "<NAME>": "X",
               "<group>": "perf", "<member>": "tiles-web", "<mode>": "fast"}


CODE_FILL = {
    "Q0030": {"<a>": "git", "<b>": "path"}, "Q0111": {"<a>": "blake3:9b1f0c4e", "<b>": "blake3:77ad21f3"},
    "Q0113": {"<a>": "1", "<b>": "2"}, "Q0119": {"<a>": "quarry-central", "<b>": "https://git.example.org/geo-core"},
    "Q0124": {"<a>": "proj-sys 0.9.2", "<b>": "proj-sys 0.11.0"}, "Q0130": {"<a>": "quarry-central"},
    "Q0204": {"<a>": "codegen:tiles:proto", "<b>": "codegen:tiles:openapi"}, "Q0236": {"<a>": "blake3:77ad21f3", "<b>": "blake3:9b1f0c4e"},
    "Q0302": {"<name>": "qp-legacy-lint", "<a>": "2", "<b>": "3"}, "Q0307": {"<a>": "quarry-plugin-grpc", "<b>": "qp-proto-extra", "<c>": "quarry-plugin-protobuf"},
    "Q0310": {"<a>": "quarry-plugin-sign", "<b>": "qp-sign-lite"}, "Q0703": {"<a>": "/src/maps", "<b>": "/src/maps/vendor/geo"},
    "Q0122": {"<n>": "4", "<version>": "2.8.6"}, "Q0123": {"<n>": "1"}, "Q0012": {"<req>": ">=3.1", "<version>": "3.0.2"},
    "Q0305": {"<name>": "qp-version-file"}, "Q0312": {"<name>": "dokcer"}, "Q0320": {}, "Q0333": {"<name>": "quarry-plugin-legacy-make"},
    "Q0503": {"<name>": "db::migrations_apply"}, "Q0207": {"<secs>": "1800"}, "Q0029": {},
}


def fill(msg, code=None):
    out = msg
    for k, v in CODE_FILL.get(code, {}).items():
        out = out.replace(k, v)
    for k, v in sorted(SAMPLE_FILL.items(), key=lambda kv: -len(kv[0])):
        out = out.replace(k, v)
    return out.replace("`", "'")


def err_category(code):
    n = int(code[1:])
    table = [(100, "manifest and configuration"), (200, "dependency resolution, registries and lockfiles"),
             (300, "build execution, sandbox and cache"), (400, "plugins"), (500, "publishing and authentication"),
             (600, "tests"), (700, "toolchains and environment"), (800, "workspaces"), (10000, "miscellaneous")]
    for b, name in table:
        if n < b:
            return name


def gen_errors():
    codes = [e["code"] for e in ERRORS]
    for i, e in enumerate(ERRORS):
        code = e["code"]
        r = R(code)
        variant = r.randint(0, 2)
        title = [f"{code}: {e['title']}", f"Error {code} - {e['title']}", f"{code} {e['title']}"][variant]
        dates = [vdate(e["since"])]
        for m in re.findall(r"\b([0-9]\.[0-9]\.[0-9])\b", e["cause"] + e["fix"] + e["message"]):
            if m in VDATE:
                dates.append(VDATE[m])
        date = shift(max(dates), r.randint(0, 30))
        is_warn = "This is a warning" in e["cause"] or "informational" in e["cause"].lower() or "Informational" in e["cause"]
        level = "warning" if is_warn else "error"
        L = []
        L.append([f"`{code}` belongs to the {err_category(code)} group of error codes. It was introduced in QuarryKit {e['since']}.",
                  f"Error code {code} ({err_category(code)}), first emitted by QuarryKit {e['since']}.",
                  f"QuarryKit reports {code} for problems in the {err_category(code)} area. Introduced in {e['since']}."][variant])
        L.append("")
        L.append(r.choice(["## Message", "## What you see"]))
        L.append("")
        L.append("```text")
        L.append(f"{level}[{code}]: {e['message'].replace('`', '')}")
        L.append("```")
        L.append("")
        L.append(r.choice(["## Cause", "## Why it happens", "## What it means"]))
        L.append("")
        L.append(e["cause"])
        L.append("")
        L.append(r.choice(["## Fix", "## How to fix it", "## Resolution"]))
        L.append("")
        L.append(e["fix"])
        L.append("")
        L.append(f"**Level:** {level}. " + ("The command continues; the message is shown once per build." if level == "warning" else "The command stops with exit status 1 unless `--keep-going` allows independent work to continue."))
        L.append("")
        if True:
            L.append("## Example")
            L.append("")
            L.append("```text")
            L.append(f"$ quarry {r.choice(['build', 'build --release', 'test', 'check --workspace']) if int(code[1:]) < 400 else r.choice(['publish', 'plugin install docker', 'test', 'toolchain install stable'])}")
            L.append(f"{level}[{code}]: {fill(e['message'], code)}")
            L.append(f"  = help: run `quarry explain {code}` for more information")
            L.append("```")
            L.append("")
        if r.random() < 0.4:
            L.append(f"You can print this page in the terminal with `quarry explain {code}`.")
            L.append("")
        keys = mentioned_keys(e["cause"] + " " + e["fix"])
        others = mentioned_codes(e["cause"] + " " + e["fix"], exclude=code)
        see = [f"- [`{k}`]({key_file(k)})" for k in keys[:4]]
        see += [f"- [{c}: {ERRMAP[c]['title']}]({err_file(c)})" for c in others[:3]]
        neighbours = [codes[j] for j in (i - 1, i + 1) if 0 <= j < len(codes)]
        for nb in neighbours:
            if nb not in others:
                see.append(f"- [{nb}: {ERRMAP[nb]['title']}]({err_file(nb)})")
        see.append("- [Error code index](error-code-index.md)")
        L.append("## See also")
        L.append("")
        L += see
        emit(err_file(code), title, date, "\n".join(L))


# ------------------------------------------------------------------ SDK pages

TYPE_SAMPLE = {"&str": '"proto"', "impl Into<String>": '"schema files changed"', "impl AsRef<Path>": '"schemas/api.json"',
               "impl Into<PathBuf>": '"schemas/api.json"', "impl AsRef<OsStr>": '"protoc"', "u64": "30", "usize": "0", "u32": "12",
               "bool": "true", "&'static str": '"Q0201"', "&'static [Capability]": "&[Capability::Network]", "Task": "task",
               "Diagnostic": "diag", "&TaskId": "&id", "impl Into<TaskId>": '"codegen:tile-server:proto"', "TaskKind": "TaskKind::Generate",
               "Span": "span", "&CacheKey": "&key", "&[u8]": "&bytes", "&Version": "&version", "HookPoint": "HookPoint::AfterTask",
               "CommandSpec": "spec", "ArtifactKind": "kind", "SandboxPolicy": "SandboxPolicy::inherit()", "NetworkMode": "NetworkMode::Loopback",
               "SandboxMode": "SandboxMode::Permissive", "ConfigValue": "ConfigValue::Boolean(true)", "&Path": "&path", "T": "default_value",
               "&Fingerprint": "&other", "impl Display": '"generated 12 files"', "&ArtifactKind": "&ArtifactKind::custom(\"oci-image\")",
               "FieldType": "FieldType::String", "Option<ConfigValue>": "None", "F": "|cx| Ok(())", "I": '["--proto_path", "proto"]'}


def parse_params(sig):
    m = re.search(r"fn \w+", sig)
    if not m:
        return []
    i = m.end()
    if i < len(sig) and sig[i] == "<":
        depth = 0
        while i < len(sig):
            if sig[i] == "<":
                depth += 1
            elif sig[i] == ">" and sig[i - 1] != "-":
                depth -= 1
                if depth == 0:
                    i += 1
                    break
            i += 1
    if i >= len(sig) or sig[i] != "(":
        return []
    depth, j = 0, i
    while j < len(sig):
        if sig[j] == "(":
            depth += 1
        elif sig[j] == ")":
            depth -= 1
            if depth == 0:
                break
        j += 1
    inner = sig[i + 1:j]
    params, depth, cur = [], 0, ""
    for ch in inner:
        if ch in "<([":
            depth += 1
        elif ch in ">)]" and not cur.endswith("-"):
            depth -= 1
        if ch == "," and depth == 0:
            params.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        params.append(cur.strip())
    out = []
    for p in params:
        if p in ("&self", "&mut self", "self", "mut self"):
            continue
        if ":" in p:
            n, t = p.split(":", 1)
            out.append((n.strip(), t.strip()))
    return out


def ret_type(sig):
    m = re.search(r"\)\s*->\s*([^{;]+?)(?:\s+where.*)?$", sig.strip().rstrip(";"))
    return m.group(1).strip() if m else None


PARAM_DOC = {"task": "The task to add, usually built with `Task::new`.", "id": "A task identifier.", "path": "Path, relative to the package root unless absolute.",
             "paths": "Paths, relative to the package root unless absolute.", "name": "Name to look up or register.", "key": "Key to look up.",
             "message": "Human-readable message.", "value": "Value to set.", "default": "Fallback when the key is absent.", "diag": "The diagnostic to report.",
             "point": "Hook point to attach to.", "f": "Callback or task body.", "kind": "Kind of task or artifact.", "cmd": "Command specification or external command.",
             "s": "Input string.", "file": "Source file path.", "start": "Start byte offset (inclusive).", "end": "End byte offset (exclusive).",
             "line": "1-based line.", "col": "1-based column.", "label": "Label text or progress label.", "help": "Help text.", "code": "An error code such as `\"Q0201\"`.",
             "yes": "Enable or disable.", "secs": "Timeout in seconds.", "policy": "Sandbox policy for the task.", "program": "Program to run or allow.",
             "arg": "One argument.", "args": "Arguments.", "dir": "Directory.", "data": "Bytes to store.", "b": "Bytes.", "other": "Fingerprint to combine with.",
             "contents": "Bytes to write.", "from": "Source path.", "to": "Destination path.", "root": "Directory to walk.", "pattern": "Glob pattern.",
             "namespace": "Key namespace, usually the plugin name.", "v": "Version to test.", "write": "Also allow writes.", "mode": "Mode to use.",
             "fixture": "Fixture directory.", "ctx": "Context line to add.", "req": "Version requirement string.", "caps": "Capabilities to request.",
             "n": "Amount to advance.", "total": "Total units of work.", "index": "Index into the declared outputs.", "tool": "Tool name in `[project.metadata]`.",
             "about": "One-line description shown in `quarry help`.", "required": "Whether the argument is mandatory.", "long": "Flag name without dashes.",
             "msg": "Message to log.", "ty": "Expected value type.", "doc": "Documentation shown in `quarry plugin info`.", "version": "Plugin version.",
             "cap": "Capability.", "diag_": ""}


def sdk_example(it):
    path, kind, sig = it["path"], it["kind"], it["sig"]
    short = sdk_short(path)
    name = short[-1]
    if kind in ("struct", "enum", "trait", "type", "const", "module", "macro"):
        examples = {
            "Plugin": 'use quarry_sdk::prelude::*;\n\n#[derive(Default)]\nstruct Hello;\n\nimpl Plugin for Hello {\n    fn meta(&self) -> PluginMeta {\n        PluginMeta::new("qp-hello", "0.1.0")\n    }\n    fn init(&mut self, ctx: &mut Context) -> Result<()> {\n        ctx.logger().info("hello from a plugin");\n        Ok(())\n    }\n}\n\nregister_plugin!(Hello);',
            "register_plugin": 'use quarry_sdk::prelude::*;\n\n#[derive(Default)]\nstruct Lint;\nimpl Plugin for Lint {\n    fn meta(&self) -> PluginMeta { PluginMeta::new("qp-lint", "1.2.0") }\n    fn init(&mut self, _ctx: &mut Context) -> Result<()> { Ok(()) }\n}\n\nregister_plugin!(Lint);',
            "HookPoint": 'ctx.on(HookPoint::AfterTask, |cx| {\n    if let Some(TaskOutcome::Failed { code }) = cx.outcome() {\n        cx.logger().warn(format!("task failed with {code}"));\n    }\n    Ok(())\n})?;',
            "bail": 'if !fs::exists("proto") {\n    bail!("directory `proto` not found in {}", ctx.package().name());\n}',
            "ABI_VERSION": 'assert_eq!(quarry_sdk::ABI_VERSION, 3); // SDK 3.x',
            "prelude": 'use quarry_sdk::prelude::*;',
        }
        if name in examples:
            return examples[name]
        if kind == "enum":
            body = re.search(r"\{(.*)\}", sig)
            first = body.group(1).split(",")[0].strip().split("(")[0].split("{")[0].strip() if body else "Variant"
            return f"use quarry_sdk::{'::'.join(path.split('::')[1:-1]) + '::' if len(path.split('::')) > 2 else ''}{name};\n\nmatch value {{\n    {name}::{first} => {{ /* ... */ }}\n    _ => {{}}\n}}"
        return f"use {path};"
    params = parse_params(sig)
    argv = ", ".join(TYPE_SAMPLE.get(t, n) for n, t in params)
    if kind == "fn":
        mod = path.split("::")[-2]
        return f"use quarry_sdk::{mod};\n\nlet result = {mod}::{name}({argv})?;" if "Result" in (ret_type(sig) or "") else f"use quarry_sdk::{mod};\n\nlet value = {mod}::{name}({argv});"
    owner = short[-2] if len(short) >= 2 else "value"
    if kind == "assoc":
        q = "?" if "Result" in (ret_type(sig) or "") else ""
        return f"let x = {owner}::{name}({argv}){q};"
    recv = {"Context": "ctx", "Task": "task", "Diagnostic": "diag", "Command": "cmd", "TaskGraph": "ctx.graph()", "Logger": "ctx.logger()",
            "Cache": "ctx.cache()", "PluginConfig": "ctx.config()", "Workspace": "ctx.workspace()", "Package": "ctx.package()",
            "HookCx": "cx", "TaskCx": "cx", "TestHarness": "harness", "CacheKeyBuilder": "CacheKey::builder(\"qp-proto\")",
            "SandboxPolicy": "SandboxPolicy::inherit()", "CommandSpec": "CommandSpec::new(\"proto\", \"Regenerate protobuf code\")"}.get(owner, owner[0].lower() + owner[1:])
    q = "?" if "Result" in (ret_type(sig) or "") else ""
    ret = ret_type(sig)
    if ret in (None, "()") or ret == "Result<()>":
        return f"{recv}.{name}({argv}){q};"
    return f"let out = {recv}.{name}({argv}){q};"


def gen_sdk():
    by_owner = {}
    for it in ITEMS:
        s = sdk_short(it["path"])
        if len(s) >= 2:
            by_owner.setdefault(s[-2], []).append(it)
    for it in ITEMS:
        path, kind = it["path"], it["kind"]
        r = R(path)
        short = sdk_short(path)
        disp = "::".join(short)
        variant = r.randint(0, 2)
        kword = {"fn": "function", "method": "method", "assoc": "associated function", "struct": "struct", "enum": "enum", "trait": "trait",
                 "macro": "macro", "const": "constant", "type": "type alias", "module": "module"}[kind]
        title = [disp, f"`{path}`", f"{disp} ({kword})"][variant]
        removed = it["summary"].startswith("Removed in")
        dates = [vdate(it["since"])]
        if removed or "3.0" in it["summary"] or (it["note"] and "3.0" in it["note"]) or it["since"].startswith("3."):
            dates.append("2026-08-18")
        date = shift(max(dates), r.randint(0, 30))
        L = []
        mod = "::".join(path.split("::")[:-1]) if kind != "module" else path
        L.append([f"{kword.capitalize()} in `{mod}` (crate `quarry-sdk`). Available since quarry-sdk {it['since']}.",
                  f"Part of the plugin SDK, crate `quarry-sdk`, module `{mod}`. Added in SDK {it['since']}.",
                  f"The `{disp}` {kword} of `quarry-sdk` (since {it['since']})."][variant])
        L.append("")
        if removed:
            L.append("> **Removed in quarry-sdk 3.0.0.** This page is kept for plugin authors porting from SDK 2.x.")
            L.append("")
        L.append(r.choice(["## Signature", "## Declaration", "## Definition"]))
        L.append("")
        L.append("```rust")
        L.append(it["sig"])
        L.append("```")
        L.append("")
        L.append(r.choice(["## Description", "## Overview", "## Behaviour"]))
        L.append("")
        L.append(it["summary"])
        L.append("")
        owner = short[-2] if len(short) >= 2 else None
        ON = {"Context": "`Context` is only available during `Plugin::init`. Do not store it; register tasks and hooks instead.",
              "TaskCx": "`TaskCx` is passed to task bodies registered with `Task::run_fn` and is only valid while the task runs.",
              "HookCx": "`HookCx` is passed to callbacks registered with `Context::on` and is only valid during the callback.",
              "Task": "`Task` uses a builder style: every method takes `self` by value and returns the updated task, so calls can be chained before `Context::add_task`.",
              "Command": "`Command` is a builder; configuration methods consume and return it, and `run`, `output` and `check` execute it. Under the strict sandbox, the program must be part of the toolchain or allowed via `sandbox.allow-exec`.",
              "Diagnostic": "Diagnostics are values: build them with the constructors and `with_*` methods, then pass them to `Context::emit` or `HookCx::emit`.",
              "TestHarness": "`TestHarness` lives in `quarry_sdk::testing` and is meant for `#[test]` functions in the plugin crate.",
              "PluginConfig": "`PluginConfig` is read-only. Options are validated against the plugin's `ConfigSchema`, if it declares one, before `init` runs.",
              "Package": "`Package` is a read-only view of a resolved manifest. Values inherited from `[workspace.package]` are already filled in.",
              "Workspace": "`Workspace` is a read-only view of the workspace being built; a single package is a workspace with one member.",
              "Cache": "The plugin cache shares storage and limits with the build cache; entries are evicted under the same `cache.max-size` policy.",
              "CacheKeyBuilder": "Keys are namespaced, so two plugins never collide even if they hash the same inputs.",
              "Logger": "Log output goes through QuarryKit's logger and honours `QUARRY_LOG`; plugin messages are prefixed with the plugin name.",
              "TaskGraph": "The graph view reflects tasks added so far; in `BeforeGraph` hooks it is still incomplete.",
              "ConfigValue": "TOML integers are always 64-bit; there is no separate unsigned variant.",
              "Dependency": "Dependencies are reported as declared; use `quarry metadata` for the resolved graph.",
              "Target": "With `build.targets`, `Context::targets` returns one `Target` per configured triple.",
              "Version": "Versions follow SemVer 2.0 and compare by precedence; build metadata is ignored.",
              "SandboxPolicy": "A policy can only request permissions; the project decides whether to grant them.",
              "Span": "Offsets are byte offsets into the UTF-8 file content.",
              "Artifact": "Artifacts are visible to other plugins in `AfterBuild` hooks through `Artifacts`.",
              "ExitStatus": "A process killed by a signal has no exit code.",
              "Plugin": "Implementations must be `Send + Sync` because QuarryKit may call them from worker threads.",
              "Error": "Errors render like compiler diagnostics; attached codes link to the error index.",
              "Fingerprint": "Fingerprints are 32 bytes regardless of the configured hash algorithm.",
              "PluginMeta": "Metadata is read before `init`; capabilities not declared here can never be granted.",
              "ConfigSchemaBuilder": "Schemas are optional, but plugins that declare one get option validation, defaults and documentation in `quarry plugin info` for free.",
              "ConfigSchema": "Return the schema from your plugin so QuarryKit can validate `[plugin-deps.<name>.options]` before `init` runs.",
              "quarry_sdk": "",
              "CommandSpec": "Plugin commands appear in `quarry help` next to built-in commands."}
        if owner in ON and ON[owner]:
            L.append(ON[owner])
            L.append("")
        elif len(short) == 1 and short[0] in ON:
            L.append(ON[short[0]])
            L.append("")
        elif len(short) == 1:
            L.append(r.choice(["Everything in this item is re-exported from the crate root or `quarry_sdk::prelude` where noted; most plugins start with `use quarry_sdk::prelude::*;`.",
                               "Plugin crates depend on `quarry-sdk` with a caret requirement matching the QuarryKit major version, e.g. `quarry-sdk = \"3.1\"` for QuarryKit 3.x."]))
            L.append("")
        params = parse_params(it["sig"]) if kind in ("fn", "method", "assoc") else []
        if params:
            L.append("## Parameters")
            L.append("")
            for n, t in params:
                L.append(f"- `{n}: {t}` - {PARAM_DOC.get(n, 'See the description above.')}")
            L.append("")
        ret = ret_type(it["sig"]) if kind in ("fn", "method", "assoc") else None
        if ret:
            L.append("## Returns")
            L.append("")
            if ret.startswith("Result"):
                L.append(f"`{ret}`. On failure the error carries a QuarryKit error code where one applies, so `quarry explain` can describe it.")
            else:
                L.append(f"`{ret}`.")
            L.append("")
        L.append("## Example")
        L.append("")
        L.append("```rust")
        L.append(sdk_example(it))
        L.append("```")
        L.append("")
        if it["note"]:
            L.append("## Notes")
            L.append("")
            L.append(it["note"])
            L.append("")
        codes = mentioned_codes(it["summary"] + " " + (it["note"] or ""))
        if codes:
            L.append(r.choice(["## Related errors", "## Errors"]))
            L.append("")
            for c in codes:
                L.append(f"- [{c}: {ERRMAP[c]['title']}]({err_file(c)})")
            L.append("")
        if kind in ("struct", "enum", "trait") and short and short[-1] in by_owner:
            L.append(r.choice(["## Methods", "## Associated items"]))
            L.append("")
            for x in by_owner[short[-1]]:
                L.append(f"- [`{sdk_short(x['path'])[-1]}`]({sdk_file(x['path'])}): {x['summary'].split('. ')[0].rstrip('.')}.")
            L.append("")
        L.append(r.choice(["## Availability", "## Compatibility", "## Stability"]))
        L.append("")
        if removed:
            L.append(f"Introduced in quarry-sdk {it['since']} and removed in 3.0.0 (released with QuarryKit 3.0.0 on 2026-08-18). Plugins that still reference it must be ported before they can load in QuarryKit 3.x.")
        else:
            L.append(r.choice([f"Stable since quarry-sdk {it['since']}. The SDK follows semantic versioning: this item will not change incompatibly within a major version.",
                               f"Added in quarry-sdk {it['since']} and present in every later release, including the current 3.1 series.",
                               f"Available from quarry-sdk {it['since']} onwards. The current SDK line is 3.x, which targets plugin ABI 3."]))
        L.append("")
        if r.random() < 0.6:
            L.append("Plugins built with quarry-sdk 3.x target plugin ABI 3 and require Rust 1.80 or newer; they load only in QuarryKit 3.x.")
            L.append("")
        see = []
        if len(short) >= 2:
            owner = short[-2]
            owner_items = [x for x in ITEMS if sdk_short(x["path"]) == [owner]]
            if owner_items:
                see.append(f"- [{owner}]({sdk_file(owner_items[0]['path'])})")
            sib = [x for x in by_owner.get(owner, []) if x["path"] != path]
            for x in r.sample(sib, min(3, len(sib))):
                see.append(f"- [{'::'.join(sdk_short(x['path']))}]({sdk_file(x['path'])})")
        elif short and short[0] in by_owner:
            for x in by_owner[short[0]][:5]:
                see.append(f"- [{'::'.join(sdk_short(x['path']))}]({sdk_file(x['path'])})")
        see.append("- [Plugin SDK overview](sdk-overview.md)")
        L.append("## See also")
        L.append("")
        L += see
        emit(sdk_file(path), title, date, "\n".join(L))


# ------------------------------------------------------------------ plugins

def gen_plugins():
    for p in PLUGINS:
        r = R(p["name"])
        dates = [p["first_date"], p["latest_date"]]
        date = shift(max(dates), r.randint(0, 10))
        L = []
        status = {"active": "Maintained by the QuarryKit team", "archived": "Archived (no longer maintained)"}[p["status"]]
        L.append(f"{p['desc']}")
        L.append("")
        L.append("| | |")
        L.append("|---|---|")
        L.append(f"| Status | {status} |")
        L.append(f"| Latest version | {p['latest']} ({p['latest_date']}) |")
        L.append(f"| First released | {p['first_date']}, for QuarryKit {p['first_qk']} |")
        L.append(f"| Category | {p['category']} |")
        if p["caps"]:
            L.append(f"| Capabilities | {', '.join('`' + c.lower().replace('fsglobal', 'fs-global') + '`' for c in p['caps'])} |")
        L.append(f"| Signed | yes, QuarryKit release key |")
        L.append("")
        L.append(r.choice(["## Compatibility", "## QuarryKit compatibility", "## Supported QuarryKit versions"]))
        L.append("")
        L.append("| Plugin versions | QuarryKit | Plugin ABI |")
        L.append("|---|---|---|")
        if p["abi2_last"]:
            L.append(f"| up to {p['abi2_last']} | 2.x | 2 |")
        if p["abi3_first"]:
            L.append(f"| {p['abi3_first']} and later | 3.x | 3 |")
        else:
            L.append("| none | 3.x | - |")
        L.append("")
        if p["abi3_first"] and p["abi2_last"]:
            L.append(f"The first release for QuarryKit 3 was {p['abi3_first']}, published {p['abi3_date']}. Keep using {p['abi2_last']} on QuarryKit 2.8.x.")
            L.append("")
        L.append("## Installation")
        L.append("")
        L.append("```sh")
        L.append(f"quarry plugin install {p['short']}")
        L.append("```")
        L.append("")
        if p["abi3_first"]:
            major = p["latest"].split(".")[0] + "." + p["latest"].split(".")[1]
            L.append("Then declare it in `quarry.toml`:")
            L.append("")
            L.append("```toml")
            L.append(f"[plugin-deps.{p['short']}]")
            L.append(f'version = "{major}"')
            if p["options"]:
                o = p["options"][0]
                L.append(f"options = {{ {o[0]} = {o[2] if not o[2].startswith('(') and ' ' not in o[2] else chr(34) + 'value' + chr(34)} }}")
            L.append("```")
            L.append("")
        if p["options"]:
            L.append(r.choice(["## Options", "## Configuration"]))
            L.append("")
            L.append(f"Options go in `[plugin-deps.{p['short']}.options]`.")
            L.append("")
            L.append("| Option | Type | Default | Description |")
            L.append("|---|---|---|---|")
            for o in p["options"]:
                L.append(f"| `{o[0]}` | {o[1]} | {cell(fmt_default(o[2]))} | {cell(o[3])} |")
            L.append("")
        if p["command"]:
            L.append(f"The plugin adds the `{p['command']}` command. Run `{p['command']} --help` for its subcommands.")
            L.append("")
        if "Exec" in p["caps"]:
            L.append("Because the plugin runs external programs, projects using the strict sandbox (the default since QuarryKit 3.0) must list those programs in `sandbox.allow-exec` or grant the `exec` capability.")
            L.append("")
        if p["notes"]:
            L.append("## Notes")
            L.append("")
            L.append(p["notes"])
            L.append("")
        advs = [a for a in ADVISORIES if a["component"] == p["name"]]
        if advs:
            L.append("## Security advisories")
            L.append("")
            for a in advs:
                L.append(f"- [{a['id']}]({adv_file(a)}): {a['title']}; fixed in {a['patched']}.")
            L.append("")
        L.append("## See also")
        L.append("")
        L.append("- [Official plugins overview](plugins-overview.md)")
        L.append("- [quarry plugin install](cli-quarry-plugin-install.md)")
        same = [q for q in PLUGINS if q["category"] == p["category"] and q["name"] != p["name"]]
        for q in r.sample(same, min(2, len(same))):
            L.append(f"- [{q['name']}]({plugin_file(q)})")
        emit(plugin_file(p), p["name"], date, "\n".join(L))


# ------------------------------------------------------------------ release notes

def gen_releases():
    for v, date, kind, headline, highs, fixes, notes in VERSIONS:
        r = R("rel" + v)
        L = []
        title = f"QuarryKit {v} release notes"
        L.append({"major": f"QuarryKit {v} is a major release, published on {date}.",
                  "minor": f"QuarryKit {v} was released on {date}. {headline}.",
                  "patch": f"QuarryKit {v} is a patch release published on {date}.",
                  "rc": f"QuarryKit {v} is a release candidate published on {date}. Release candidates are published on the `beta` channel and are feature-complete; only regressions are fixed before the final release."}[kind])
        L.append("")
        if highs:
            L.append("## Highlights" if kind != "major" else "## What's new and what changed")
            L.append("")
            for h in highs:
                L.append(f"- {h}")
            L.append("")
        if kind in ("major", "minor"):
            base = v
            newcmds = [c["name"] for c in CMDS if c["since"] == base]
            newkeys = [k["key"] for k in KEYS if k["since"] == base]
            newerr = [e["code"] for e in ERRORS if e["since"] == base]
            changed = [(k["key"], ch) for k in KEYS for (hv, ch) in k["history"] if hv == base and "default" in ch and "introduced" not in ch]
            depr = [(c["name"], f["flag"], f["deprecated"]) for c in CMDS for f in c["flags"] if f["deprecated"] and f["deprecated"].split(";")[0].replace("removed in ", "").strip() == base]
            if newcmds:
                L.append("## New commands")
                L.append("")
                for n in newcmds[:12]:
                    L.append(f"- [`quarry {n}`]({cmd_file(n)}): {CMDMAP[n]['summary']}")
                if len(newcmds) > 12:
                    L.append(f"- ... and {len(newcmds) - 12} more subcommands.")
                L.append("")
            if newkeys:
                L.append("## New configuration keys")
                L.append("")
                shown = newkeys[:14]
                L.append(", ".join(f"[`{k}`]({key_file(k)})" for k in shown) + (f", and {len(newkeys) - 14} more." if len(newkeys) > 14 else "."))
                L.append("")
            if changed:
                L.append("## Changed defaults")
                L.append("")
                for k, ch in changed:
                    L.append(f"- [`{k}`]({key_file(k)}): {ch}.")
                L.append("")
            if depr:
                L.append("## Deprecations and removals")
                L.append("")
                for cname, flag, d in depr:
                    L.append(f"- `quarry {cname} {flag.split(',')[0].split(' ')[0]}`: {'removed' if d.startswith('removed') else 'deprecated'}; {d.split(';', 1)[1].strip() if ';' in d else d}.")
                L.append("")
            if newerr:
                L.append("## New error codes")
                L.append("")
                L.append(", ".join(f"[{c}]({err_file(c)})" for c in newerr[:16]) + ("." if len(newerr) <= 16 else f", and {len(newerr) - 16} more."))
                L.append("")
            sdknew = [it for it in ITEMS if it["since"] == base]
            if sdknew and v not in ("0.7.0",):
                L.append("## Plugin SDK")
                L.append("")
                L.append(f"quarry-sdk {v.rsplit('.', 1)[0]} adds: " + ", ".join(f"`{'::'.join(sdk_short(it['path']))}`" for it in sdknew[:10]) + ("." if len(sdknew) <= 10 else f" and {len(sdknew) - 10} more items."))
                L.append("")
            newplug = [p for p in PLUGINS if p["first_qk"] == base]
            if newplug:
                L.append("## New official plugins")
                L.append("")
                for p in newplug:
                    L.append(f"- [{p['name']}]({plugin_file(p)}): {p['desc']}")
                L.append("")
        if fixes:
            L.append("## Fixes" if kind != "patch" else r.choice(["## Fixed", "## Changes"]))
            L.append("")
            for f in fixes:
                L.append(f"- {f}")
            L.append("")
        advs = [a for a in ADVISORIES if a["component"] == "quarry (core)" and v in re.split(r"[ ,]+", a["patched"])]
        if advs:
            L.append("## Security")
            L.append("")
            for a in advs:
                L.append(f"- [{a['id']}]({adv_file(a)}){' (' + a['cve'] + ')' if a['cve'] else ''}: {a['title']}. Severity: {a['severity']}.")
            L.append("")
        if notes:
            L.append("## Notes")
            L.append("")
            L.append(notes)
            L.append("")
        if kind == "patch":
            L.append(r.choice(["## Who should upgrade", "## Upgrade recommendation"]))
            L.append("")
            if advs:
                L.append(f"Everyone on the {v.rsplit('.', 1)[0]} line should upgrade: this release contains a security fix. Patch releases contain no breaking changes and keep plugin ABI {v.split('.')[0] if v[0] != '0' else '0'}.")
            else:
                L.append(f"Upgrade if you are affected by one of the issues above. Patch releases contain no breaking changes and keep plugin ABI {v.split('.')[0]}; no configuration changes are needed.")
            L.append("")
        L.append(f"Release binaries, SHA-256 checksums and signatures are published at `https://static.quarrykit.dev/releases/{v}/`.")
        L.append("")
        L.append("## Installing")
        L.append("")
        ch = "lts-2" if v.startswith("2.8.") and d2(date) > d2("2026-08-18") else ("beta" if kind == "rc" else "stable")
        L.append("```sh")
        L.append(f"quarry self update --version {v}" + (f"   # or: quarry self update --channel {ch}" if ch != "stable" else ""))
        L.append("```")
        L.append("")
        idx = [x[0] for x in VERSIONS]
        i = idx.index(v)
        nav = []
        if i > 0:
            nav.append(f"Previous: [QuarryKit {idx[i - 1]} release notes]({rel_file(idx[i - 1])})")
        if i + 1 < len(idx):
            nav.append(f"Next: [QuarryKit {idx[i + 1]} release notes]({rel_file(idx[i + 1])})")
        L.append(" | ".join(nav))
        emit(rel_file(v), title, date, "\n".join(L))


# ------------------------------------------------------------------ upgrade notes per minor

def gen_upgrades():
    minors = [x for x in VERSIONS if x[2] in ("minor",) and (x[0].startswith("2.") or x[0].startswith("3.") or x[0].startswith("1."))]
    for v, date, kind, headline, highs, fixes, notes in minors:
        if v == "1.0.0":
            continue
        r = R("up" + v)
        mm = v.rsplit(".", 1)[0]
        prev = [x for x in VERSIONS if x[2] in ("minor", "major") and d2(x[1]) < d2(date)][-1][0]
        L = []
        L.append(f"This guide lists what to check when moving from QuarryKit {prev.rsplit('.', 1)[0]} to {mm} (released {date}). Minor releases are backwards compatible, but some behaviour changes need attention.")
        L.append("")
        changed = [(k["key"], ch) for k in KEYS for (hv, ch) in k["history"] if hv == v and "default" in ch and "introduced" not in ch]
        depr = [(c["name"], f["flag"], f["deprecated"]) for c in CMDS for f in c["flags"] if f["deprecated"] and f["deprecated"].split(";")[0].strip() == v]
        L.append("## Checklist")
        L.append("")
        n = 1
        L.append(f"{n}. Update: `quarry self update --version {v}`."); n += 1
        for k, ch in changed:
            L.append(f"{n}. `{k}`: {ch}. If you depend on the old behaviour, set the key explicitly."); n += 1
        for cname, flag, d in depr:
            L.append(f"{n}. `quarry {cname}` flag `{flag.split(' ')[0].rstrip(',')}` is deprecated: {d.split(';', 1)[1].strip() if ';' in d else d}."); n += 1
        L.append(f"{n}. Run `quarry doctor` and your test suite."); n += 1
        L.append("")
        if highs:
            L.append("## Notable additions")
            L.append("")
            for h in highs[:6]:
                L.append(f"- {h}")
            L.append("")
        L.append("## Plugins")
        L.append("")
        abi = v.split(".")[0]
        L.append(f"Minor releases keep plugin ABI {abi}; installed plugins keep working.")
        L.append("")
        L.append(f"See the full [QuarryKit {v} release notes]({rel_file(v)}).")
        emit(f"upgrade-to-{mm.replace('.', '-')}.md", f"Upgrading to QuarryKit {mm}", shift(date, r.randint(0, 5)), "\n".join(L))


# ------------------------------------------------------------------ advisories

def gen_advisories():
    for a in ADVISORIES:
        r = R(a["id"])
        L = []
        L.append(f"Published {a['published']}. Severity **{a['severity']}** (CVSS {a['cvss']}).")
        L.append("")
        L.append("| Field | Value |")
        L.append("|---|---|")
        L.append(f"| ID | {a['id']} |")
        L.append(f"| CVE | {a['cve'] or 'none assigned'} |")
        L.append(f"| Component | {a['component']} |")
        L.append(f"| Affected versions | {a['affected']} |")
        L.append(f"| Patched versions | {a['patched']} |")
        L.append(f"| Severity | {a['severity']} ({a['cvss']}) |")
        L.append(f"| Credit | {a['credit']} |")
        L.append("")
        L.append("## Description")
        L.append("")
        L.append(a["desc"])
        L.append("")
        L.append("## Impact")
        L.append("")
        L.append(a["impact"])
        L.append("")
        L.append("## Workarounds")
        L.append("")
        L.append(a["workaround"])
        L.append("")
        L.append("## Fix")
        L.append("")
        L.append(a["fix"])
        L.append("")
        if a["component"] == "quarry (core)":
            L.append("Check your version with `quarry version`, then update with `quarry self update`" + (" (or `quarry self update --channel lts-2` on the 2.8 line)." if "2.8" in a["patched"] else "."))
            L.append("")
        L.append("## Timeline")
        L.append("")
        rep = shift(a["published"], -r.randint(20, 60))
        L.append(f"- {rep}: report received")
        L.append(f"- {shift(a['published'], -r.randint(3, 12))}: fix prepared and reviewed")
        L.append(f"- {a['published']}: fixed releases and this advisory published")
        L.append("")
        L.append("See also: [Security policy](security-policy.md), [Security advisories index](security-advisories-index.md).")
        emit(adv_file(a), f"{a['id']}: {a['title']}", a["published"], "\n".join(L))


# ------------------------------------------------------------------ glossary, env, faq, howto

def gen_glossary():
    terms = [t for t, _ in GLOSSARY]
    for i, (term, defi) in enumerate(GLOSSARY):
        r = R("g" + term)
        L = [f"**{term}**: {defi}", ""]
        keys = mentioned_keys(defi)
        cmds = re.findall(r"`quarry ([a-z-]+(?: [a-z-]+)?)", defi)
        L.append("## Where you will meet it")
        L.append("")
        refs = []
        for k in keys[:3]:
            refs.append(f"- Configuration key [`{k}`]({key_file(k)})")
        for c in cmds:
            c = c.strip()
            if c in CMDMAP:
                refs.append(f"- Command [quarry {c}]({cmd_file(c)})")
            elif c.split(" ")[0] in CMDMAP:
                refs.append(f"- Command [quarry {c.split(' ')[0]}]({cmd_file(c.split(' ')[0])})")
        tl = term.lower().rstrip("s")
        extra = [k["key"] for k in KEYS if tl in k["key"] and k["key"] not in keys][:3]
        for k in extra:
            refs.append(f"- Configuration key [`{k}`]({key_file(k)}): {KEYMAP[k]['desc'].split('. ')[0].rstrip('.')}.")
        ex_c = [c["name"] for c in CMDS if tl in c["name"] or tl in c["summary"].lower()][:2]
        for c in ex_c:
            refs.append(f"- Command [quarry {c}]({cmd_file(c)}): {CMDMAP[c]['summary']}")
        refs.append("- [Concepts overview](overview-what-is-quarrykit.md)")
        L += refs
        L.append("")
        L.append("## Related terms")
        L.append("")
        others = r.sample([t for t in terms if t != term], 3)
        gmap = dict(GLOSSARY)
        for o in others:
            L.append(f"- [{o}](glossary-{slug(o)}.md): {gmap[o].split('. ')[0].rstrip('.')}.")
        L.append("")
        L.append("The glossary covers QuarryKit 3.x terminology; terms whose meaning changed between major versions say so explicitly.")
        emit(f"glossary-{slug(term)}.md", f"Glossary: {term}", shift("2026-08-18", r.randint(0, 60)), "\n".join(L))


def gen_env():
    # core env vars
    for name, since, desc, default, rel in ENVVARS:
        r = R("e" + name)
        L = [desc, ""]
        kind = "Set by QuarryKit" if default == "set by QuarryKit" else "Read by QuarryKit"
        L.append("| | |")
        L.append("|---|---|")
        L.append(f"| Since | QuarryKit {since} |")
        L.append(f"| Direction | {kind} |")
        L.append(f"| Default | {default} |")
        L.append("")
        if kind == "Read by QuarryKit" and "Removed" not in desc:
            L.append("## Example")
            L.append("")
            L.append("```sh")
            ex = {"QUARRY_LOG": "QUARRY_LOG=debug quarry build", "QUARRY_HOME": "QUARRY_HOME=/srv/quarry quarry build",
                  "QUARRY_FUTURE_WARNINGS": "QUARRY_FUTURE_WARNINGS=1 quarry build", "QUARRY_UPDATE_CHANNEL": "QUARRY_UPDATE_CHANNEL=lts-2 quarry self update",
                  "QUARRY_CI": "QUARRY_CI=1 quarry test", "SOURCE_DATE_EPOCH": "SOURCE_DATE_EPOCH=1767225600 quarry build --release",
                  "HTTPS_PROXY": "HTTPS_PROXY=http://proxy.corp.example:3128 quarry fetch", "QUARRY_CONFIG": "QUARRY_CONFIG=ci/quarry-ci.toml quarry build",
                  "QUARRY_NO_UPDATE_CHECK": "QUARRY_NO_UPDATE_CHECK=1 quarry build"}.get(name, f'{name}="<secret from your CI>" quarry publish')
            L.append(ex)
            L.append("```")
            L.append("")
        if kind == "Set by QuarryKit":
            L.append("Build scripts and tests can read this variable; setting it yourself has no effect because QuarryKit overwrites it for each task.")
            L.append("")
        if kind == "Read by QuarryKit":
            L.append(r.choice(["## Precedence", "## How it is read"]))
            L.append("")
            L.append(r.choice(["QuarryKit reads the variable once at start-up. Environment variables override values from `quarry.toml` and `~/.quarry/config.toml`, and are themselves overridden by command-line flags.",
                               "Environment variables sit between command-line flags and configuration files in the precedence order: a flag wins over the variable, and the variable wins over any `quarry.toml` or user config value."]))
            L.append("")
            L.append(r.choice(["In CI, define it in the job environment or the secret store rather than in scripts that are committed to the repository.",
                               "For local use, export it in your shell profile; for CI, set it in the pipeline's environment settings."]))
            L.append("")
        else:
            L.append("Run `quarry env` to print the variables QuarryKit passes to tasks for the current package. The variable is available even under the strict sandbox.")
            L.append("")
        if rel:
            L.append("## Related")
            L.append("")
            for k in rel:
                if k in KEYMAP:
                    L.append(f"- [`{k}`]({key_file(k)})")
            L.append("- [Environment variables overview](environment-variables-overview.md)")
        date = shift(vdate(since) if "3.0.0" not in desc else "2026-08-18", R(name).randint(0, 20))
        if "QSA-2026-004" in desc:
            date = "2026-11-10"
        emit(f"env-{slug(name)}.md", name, date, "\n".join(L))


def gen_faq():
    for q, a, s in FAQ:
        r = R("f" + s)
        L = [a, ""]
        keys = mentioned_keys(a)
        codes = mentioned_codes(a)
        if keys or codes:
            L.append(r.choice(["## Related pages", "## Read more", "## See also"]))
            L.append("")
            for k in keys[:4]:
                L.append(f"- [`{k}`]({key_file(k)})")
            for c in codes[:3]:
                L.append(f"- [{c}: {ERRMAP[c]['title']}]({err_file(c)})")
            L.append("")
        L.append(r.choice(["Still stuck? Run `quarry doctor` and include its output when you ask on forum.quarrykit.dev or open an issue.",
                           "If this does not solve your problem, attach the output of `quarry doctor` and `quarry version --verbose` to a question on forum.quarrykit.dev."]))
        L.append("")
        others = [x for x in FAQ if x[2] != s]
        L.append(r.choice(["## Related questions", "## Other questions"]))
        L.append("")
        for oq, oa, os_ in r.sample(others, 2):
            L.append(f"- [{oq}](faq-{os_}.md)")
        L.append("")
        L.append(r.choice(["This answer applies to QuarryKit 3.1.1, the current release as of November 2026.",
                           "Applies to QuarryKit 3.x unless stated otherwise. Older behaviour is noted where it differs.",
                           "Last reviewed for QuarryKit 3.1. Found a mistake? Open an issue in the quarrykit/docs repository."]))
        dates = ["2026-08-18"] + [VDATE[m] for m in re.findall(r"\b([0-9]\.[0-9]\.[0-9])\b", a) if m in VDATE] + re.findall(r"20\d\d-\d\d-\d\d", a)
        dates = [x for x in dates if d2(x) <= d2(TODAY)]
        date = shift(max(dates), r.randint(0, 14))
        emit(f"faq-{s}.md", f"FAQ: {q}", date, "\n".join(L))


def gen_howto():
    for s, title, intro, steps, snippet, rel in HOWTOS:
        r = R("h" + s)
        L = [intro, ""]
        L.append(r.choice(["## Before you start", "## Prerequisites"]))
        L.append("")
        if s == "lts-channel":
            L.append("- QuarryKit 2.8.x installed with the official installer.")
        else:
            L.append("- QuarryKit 3.x (these steps were checked with 3.1.1). Run `quarry version` to confirm.")
        L.append("- A project with a `quarry.toml` at its root.")
        L.append("")
        L.append("## Steps")
        L.append("")
        for i, st in enumerate(steps, 1):
            L.append(f"{i}. {st}")
        L.append("")
        if snippet:
            L.append(r.choice(["## Configuration", "## Example", "## Snippet"]))
            L.append("")
            L.append(f"```{snippet[0]}")
            L.append(snippet[1])
            L.append("```")
            L.append("")
        codes = mentioned_codes(intro + " ".join(steps))
        if codes:
            L.append("## Troubleshooting")
            L.append("")
            for c in codes:
                L.append(f"- {c} ({ERRMAP[c]['title']}): {ERRMAP[c]['fix']}")
            L.append("")
        L.append("## Related")
        L.append("")
        for x in rel:
            L.append(f"- [{DOCS[x + '.md'][0] if x + '.md' in DOCS else x}]({x}.md)")
        dates = ["2026-08-18"] + [VDATE[m] for m in re.findall(r"\b([0-9]\.[0-9]\.[0-9])\b", intro + " ".join(steps)) if m in VDATE]
        if "3.1" in intro + " ".join(steps):
            dates.append("2026-10-27")
        emit(f"howto-{s}.md", f"How to: {title}", shift(max(dates), r.randint(0, 15)), "\n".join(L))


# ------------------------------------------------------------------ index pages

def gen_indexes():
    # plugins overview
    L = ["The QuarryKit team maintains the following official plugins. All are signed with the QuarryKit release key and published on quarry-central under the reserved `quarry-plugin-` prefix. Install them with `quarry plugin install <short-name>`.", ""]
    cats = {}
    for p in PLUGINS:
        cats.setdefault(p["category"], []).append(p)
    for cat in sorted(cats):
        L.append(f"## {cat.capitalize()}")
        L.append("")
        L.append("| Plugin | Latest | For QuarryKit 3.x | Status |")
        L.append("|---|---|---|---|")
        for p in cats[cat]:
            st = "archived" if p["status"] == "archived" else "maintained"
            L.append(f"| [{p['name']}]({plugin_file(p)}) | {p['latest']} ({p['latest_date']}) | {p['abi3_first'] + '+' if p['abi3_first'] else 'no'} | {st} |")
        L.append("")
    L.append("New in the 3.x series: quarry-plugin-zig (2026-08-18), quarry-plugin-oci and quarry-plugin-provenance (2026-10-27). quarry-plugin-legacy-make was archived on 2026-10-05.")
    emit("plugins-overview.md", "Official plugins overview", "2026-11-10", "\n".join(L))
    # advisories index
    L = ["QuarryKit Security Advisories (QSA) describe fixed vulnerabilities in QuarryKit, quarry-sdk and official plugins. Report new issues to security@quarrykit.dev (see 'Security policy').", "",
         "| ID | Published | Component | Severity | CVE | Fixed in |", "|---|---|---|---|---|---|"]
    for a in sorted(ADVISORIES, key=lambda a: a["published"], reverse=True):
        L.append(f"| [{a['id']}]({adv_file(a)}) | {a['published']} | {a['component']} | {a['severity']} | {a['cve'] or '-'} | {a['patched']} |")
    L.append("")
    L.append("`quarry audit` reports advisories that affect packages and plugins in your lockfile.")
    emit("security-advisories-index.md", "Security advisories index", max(a["published"] for a in ADVISORIES), "\n".join(L))
    # error index (two parts)
    groups = [(1, 99, "Manifest and configuration"), (100, 199, "Dependency resolution, registries and lockfiles"), (200, 299, "Build execution, sandbox and cache"),
              (300, 399, "Plugins"), (400, 499, "Publishing and authentication"), (500, 599, "Tests"), (600, 699, "Toolchains and environment"),
              (700, 799, "Workspaces"), (800, 999, "Miscellaneous")]
    parts = [("error-code-index.md", "Error code index", groups[:3]), ("error-code-index-part-2.md", "Error code index, part 2 (Q0300-Q0999)", groups[3:])]
    for fn, title, gs in parts:
        L = ["Every QuarryKit diagnostic has a stable code: `Q` followed by four digits. Codes are grouped by area and never reused. Run `quarry explain <code>` to print a page in the terminal.", ""]
        if fn == "error-code-index.md":
            L.append("This page lists Q0001-Q0299. Plugin, publishing, test, toolchain and workspace errors are in 'Error code index, part 2 (Q0300-Q0999)'.")
        else:
            L.append("Codes Q0001-Q0299 are listed in 'Error code index'.")
        L.append("")
        for lo, hi, name in gs:
            items = [e for e in ERRORS if lo <= int(e["code"][1:]) <= hi]
            L.append(f"## Q{lo:04d}-Q{hi:04d}: {name}")
            L.append("")
            L.append(", ".join(f"[{e['code']}]({err_file(e['code'])}) {e['title']}" for e in items))
            L.append("")
        emit(fn, title, "2026-11-10", "\n".join(L))


# ------------------------------------------------------------------ core

def load_core():
    for fn in sorted(os.listdir(CORE)):
        if not fn.endswith((".md", ".txt")):
            continue
        txt = open(os.path.join(CORE, fn)).read()
        lines = txt.split("\n")
        title = lines[0].lstrip("# ").strip()
        date = lines[1].split(":", 1)[1].strip()
        DOCS[fn] = (title, date, txt, "core")


def write_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn, v in DOCS.items():
        title, date, body = v[0], v[1], v[2]
        core = len(v) > 3
        with open(os.path.join(OUT, fn), "w") as f:
            if core:
                f.write(body)
            elif fn.endswith(".txt"):
                f.write(f"{title}\nDate: {date}\n\n{body}")
            else:
                label = "Date" if fn.startswith(("notice-", "incident-", "announcement-")) else "Updated"
                f.write(f"# {title}\n{label}: {date}\n\n{body}")


def main():
    gen_config(); gen_cli(); gen_errors(); gen_sdk(); gen_plugins(); gen_releases(); gen_upgrades()
    gen_advisories(); gen_glossary(); gen_env(); gen_faq(); gen_howto(); gen_indexes()
    load_core()
    write_all()
    print("documents:", len(DOCS))


if __name__ == "__main__":
    main()
