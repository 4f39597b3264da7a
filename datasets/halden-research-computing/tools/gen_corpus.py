#!/usr/bin/env python3
"""Generate the Halden Research Computing corpus (generated document types)."""
import os, random, hashlib, datetime as dt, json
from facts import *
from modlist import MODULES

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
WRITTEN = {}

def rng_for(key):
    return random.Random(int(hashlib.md5(key.encode()).hexdigest()[:8], 16))

def write(fname, text):
    assert fname not in WRITTEN, fname
    WRITTEN[fname] = text
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(text.strip() + "\n")

def d(s):
    return dt.date.fromisoformat(s)

def rand_date(r, a, b):
    a, b = d(a), d(b)
    return (a + dt.timedelta(days=r.randint(0, (b - a).days))).isoformat()

STAFF = ["Ingrid Solberg", "Tomasz Wielgosz", "Amara Okafor", "Henrik Dahl", "Priya Raman", "Jonas Eliassen",
         "Mei-Lin Ho", "Kari Nystad", "Oskar Lindqvist", "Fatima Haddad", "Rune Kvale", "Lucia Ferreira"]

# ---------------------------------------------------------------- modules
SPECIAL_VERSIONS = {
    "gcc": (["11.4.0", "12.3.0", "13.2.0", "14.1.0"], "13.2.0"),
    "python": (["3.9.18", "3.10.13", "3.11.7", "3.12.4"], "3.12.4"),
    "cuda": (["11.8.0", "12.2.1", "12.4.1", "12.6.2"], "12.6.2"),
    "openmpi": (["4.1.5", "4.1.6", "5.0.3"], "5.0.3"),
    "r": (["4.2.3", "4.3.2", "4.4.1"], "4.4.1"),
    "pytorch": (["2.0.1", "2.1.2", "2.3.1", "2.4.0"], "2.4.0"),
    "gromacs": (["2022.5", "2023.3", "2024.3"], "2024.3"),
    "matlab": (["R2022b", "R2023b", "R2024b", "R2025a"], "R2025a"),
    "intel-oneapi-compilers": (["2023.2.1", "2024.1.0"], "2024.1.0"),
    "lammps": (["2Aug2023", "7Feb2024", "29Aug2024"], "29Aug2024"),
    "tensorflow": (["2.13.1", "2.15.0", "2.16.1"], "2.15.0"),
    "julia": (["1.9.4", "1.10.4"], "1.10.4"),
    "openfoam": (["v2212", "v2306", "v2406"], "v2406"),
    "alphafold": (["2.3.2", "3.0.0"], "2.3.2"),
    "cellranger": (["7.2.0", "8.0.1"], "8.0.1"),
    "vasp": (["5.4.4", "6.4.2"], "6.4.2"),
    "wrf": (["4.5.2", "4.6.0"], "4.6.0"),
    "apptainer": (["1.2.5", "1.3.4"], "1.3.4"),
    "conda": (["23.11.0", "24.7.1"], "24.7.1"),
    "samtools": (["1.17", "1.19.2", "1.20"], "1.20"),
    "intel-mpi": (["2021.10", "2021.12"], "2021.12"),
    "jax": (["0.4.23", "0.4.30"], "0.4.30"),
    "cp2k": (["2023.2", "2024.1"], "2024.1"),
    "quantum-espresso": (["7.2", "7.3.1"], "7.3.1"),
    "orca": (["5.0.4", "6.0.0"], "6.0.0"),
    "relion": (["4.0.1", "5.0.0"], "5.0.0"),
    "paraview": (["5.11.2", "5.12.1"], "5.12.1"),
    "hdf5": (["1.12.2", "1.14.3"], "1.14.3"),
    "nextflow": (["23.10.1", "24.04.4"], "24.04.4"),
    "comsol": (["6.1", "6.2"], "6.2"),
    "ansys-fluent": (["2023R2", "2024R1", "2024R2"], "2024R2"),
    "stata": (["18", "19"], "18"),
}

KNOWN_SPECIAL = {
    "openmpi": ["With `openmpi/5.0.3`, launch MPI programs with `srun --mpi=pmix`; the older `--mpi=pmi2` flag fails with `PMI2_Init failed`.",
                "`openmpi/4.1.5` and `openmpi/4.1.6` remain available but are built only against `gcc/12.3.0`."],
    "pytorch": ["`pytorch/2.4.0` requires `cuda/12.6.2`; loading it with an older CUDA module gives `CUDA driver version is insufficient`.",
                "`pytorch/2.0.1` will be removed at the stack 2027a change."],
    "python": ["Python 3.12 no longer ships `distutils`; packages that import it need `pip install setuptools` in your virtual environment.",
               "Virtual environments created with `python/3.11.7` must be recreated after switching to `python/3.12.4`."],
    "gromacs": ["The GPU build is a separate module: `gromacs/2024.3-gpu` (only on the gpu and gpu-h100 partitions).",
                "`gromacs/2022.5` shows poor scaling above 8 nodes with `openmpi/5.0.3`; use `gromacs/2024.3`."],
    "gcc": ["`gcc/14.1.0` is provided for testing only; MPI and library modules are not built against it."],
    "cuda": ["`cuda/11.8.0` does not support the H100 nodes on gpu-h100; use `cuda/12.4.1` or newer."],
    "matlab": ["MATLAB Parallel Server jobs are limited to 64 workers per user by the campus licence."],
    "r": ["User libraries installed under `R/4.3` are not picked up by `r/4.4.1`; reinstall packages into `~/R/4.4`."],
    "alphafold": ["`alphafold/3.0.0` needs the model parameters from the Google DeepMind form; they cannot be shared by Research Computing. The genetic databases are in `/shared/db/alphafold`."],
    "lammps": ["The `7Feb2024` build has the KOKKOS package disabled; use `29Aug2024` for KOKKOS GPU runs."],
    "vasp": ["Access requires proof of a group licence; send it to the help desk to be added to the `vasp` Unix group."],
    "conda": ["Do not run `conda init` on the login nodes; it rewrites `~/.bashrc` and breaks `module` in batch jobs. Use `source $(conda info --base)/etc/profile.d/conda.sh` instead."],
    "apptainer": ["Building images with `--fakeroot` works only on the Tinden login nodes, not inside batch jobs."],
    "tensorflow": ["`tensorflow/2.16.1` is not the default because it does not see the GPUs with `cuda/12.2.1`; load `cuda/12.6.2` first."],
    "samtools": ["`samtools/1.17` writes CRAM files that `samtools/1.20` reads fine, but not the reverse."],
    "ansys-fluent": ["Fluent jobs must request licences with `#SBATCH -L ansys_hpc:N`; jobs without the flag are held."],
    "comsol": ["COMSOL batch runs on more than one node need `-nn` and `-mpibootstrap slurm`."],
    "relion": ["`relion/5.0.0` Blush regularisation needs an A100 or H100 GPU."],
    "jax": ["`jax/0.4.23` is CPU-only on Skarven."],
}

GENERIC_ISSUES = [
    "Version {old} prints a harmless `libfabric` warning at start-up on Skarven; it can be ignored.",
    "Version {old} is slower than {new} on the AMD nodes of Tinden because it was built without AVX-512 support.",
    "Jobs using {name}/{old} with more than {n} threads may hang at exit; set `OMP_NUM_THREADS` explicitly.",
    "{name}/{old} is deprecated and will be removed at the next stack change.",
    "The documentation viewer (`{name} --help-html`) does not work on compute nodes; use it on a login node.",
    "{name}/{new} needs `hdf5/1.14.3`; the module loads it automatically.",
    "Writing large output from {name} to `/home` can exceed the 50 GB home quota; write to `/scratch/$USER` instead.",
    "{name}/{old} crashes when the input path contains spaces.",
]

CAT_NAMES = {"compilers": "Compilers and languages", "mpi": "MPI and communication", "gpu": "GPU libraries and tools",
             "math": "Numerical libraries", "io": "I/O and data formats", "tools": "Development and workflow tools",
             "lang": "Interactive and statistical environments", "ml": "Machine learning", "chem": "Chemistry and materials",
             "bio": "Bioinformatics and life sciences", "cfd": "Engineering and CFD", "earth": "Earth and climate sciences",
             "physics": "Physics and astronomy", "social": "Data science, humanities and social sciences"}

GPU_MODS = {"cuda", "cudnn", "nccl", "tensorrt", "nsight-systems", "nsight-compute", "cutensor", "magma", "rapids", "vllm",
            "apex", "flash-attention", "alphafold", "colabfold", "relion", "cryosparc", "motioncor2", "dorado", "deepvariant",
            "deepspeed", "horovod"}
LICENSED = {"matlab", "mathematica", "stata", "sas", "gurobi", "cplex", "vasp", "gaussian", "molpro", "turbomole", "rosetta",
            "ansys-fluent", "star-ccm", "comsol", "abaqus", "lsdyna", "anylogic-cli", "intel-oneapi-compilers", "linaro-forge", "vtune", "nvhpc", "cellranger"}

def gen_versions(name):
    if name in SPECIAL_VERSIONS:
        return SPECIAL_VERSIONS[name]
    r = rng_for("ver-" + name)
    n = r.choice([1, 2, 2, 3, 3, 4])
    style = r.choice(["semver", "semver", "semver", "two", "year"])
    vs = set()
    if style == "year":
        y = r.choice([2022, 2023])
        while len(vs) < n:
            vs.add(f"{y + len(vs)}.{r.randint(1, 9)}")
    else:
        major = r.randint(1, 9)
        minor = r.randint(0, 12)
        while len(vs) < n:
            if style == "two":
                vs.add(f"{major}.{minor + len(vs) * r.randint(1, 3)}")
            else:
                vs.add(f"{major}.{minor + len(vs)}.{r.randint(0, 6)}")
    def key(v):
        return [int(x) if x.isdigit() else 0 for x in v.replace("-", ".").split(".")]
    vs = sorted(vs, key=key)
    default = vs[-1] if r.random() < 0.75 or len(vs) == 1 else vs[-2]
    return vs, default

MODINFO = {}
for cat, name, desc in MODULES:
    vs, dflt = gen_versions(name)
    r = rng_for("mod-" + name)
    if cat in ("compilers",) or name in ("cmake", "git", "python", "r", "conda", "apptainer", "zlib"):
        tc = "core (no toolchain)"
    elif name in GPU_MODS:
        tc = "gcc/13.2.0 + cuda/12.6.2"
    elif cat in ("mpi",):
        tc = "gcc/13.2.0"
    elif cat in ("chem", "cfd", "earth", "math") and r.random() < 0.7:
        tc = r.choice(["gcc/13.2.0 + openmpi/5.0.3", "intel-oneapi-compilers/2024.1.0 + intel-mpi/2021.12"])
    else:
        tc = "gcc/13.2.0"
    clusters = ["Tinden"] if name in GPU_MODS else (["Tinden", "Skarven"] if r.random() < 0.8 else ["Skarven"] if cat in ("social", "lang") else ["Tinden"])
    maint = r.choice(STAFF)
    MODINFO[name] = dict(cat=cat, desc=desc, versions=vs, default=dflt, toolchain=tc, clusters=clusters, maint=maint,
                         licensed=name in LICENSED, gpu=name in GPU_MODS)

def module_page(cat, name, desc):
    m = MODINFO[name]
    r = rng_for("page-" + name)
    vs, dflt = m["versions"], m["default"]
    changed = name in DEFAULT_CHANGES
    brenna_note = rng_for("brn-" + name).random() < 0.3
    late = changed or m["gpu"] or brenna_note or "cuda/12.6.2" in m["toolchain"] or "openmpi/5.0.3" in m["toolchain"]
    upd = rand_date(r, STACK_CHANGE, "2026-11-05")  # whole catalogue regenerated for stack 2026b
    issues = list(KNOWN_SPECIAL.get(name, []))
    if len(vs) > 1 and r.random() < 0.55:
        old = vs[0]
        issues.append(r.choice(GENERIC_ISSUES).format(name=name, old=old, new=vs[-1], n=r.choice([32, 48, 64])))
    tmpl = r.randint(0, 2)
    L = []
    L.append(f"# Module: {name}")
    L.append(f"Updated: {upd}")
    L.append("")
    intro = [f"**{name}** — {desc}. Category: {CAT_NAMES[cat]}.",
             f"The `{name}` module provides {desc}. It is listed under *{CAT_NAMES[cat]}* in the module catalogue.",
             f"{desc} is installed as the `{name}` module ({CAT_NAMES[cat]})."][tmpl]
    L.append(intro)
    L.append("")
    if tmpl == 0:
        L.append("## Versions")
        L.append("")
        L.append("| Version | Default | Toolchain |")
        L.append("|---|---|---|")
        for v in vs:
            L.append(f"| {v} | {'yes' if v == dflt else ''} | {m['toolchain']} |")
    else:
        L.append("## Available versions")
        L.append("")
        for v in vs:
            L.append(f"- `{name}/{v}`" + ("  (default)" if v == dflt else ""))
        L.append("")
        L.append(f"Default version: **{dflt}**. Built with: {m['toolchain']}.")
    L.append("")
    if changed:
        old, new = DEFAULT_CHANGES[name]
        L.append(f"> The default changed from `{name}/{old}` to `{name}/{new}` on {STACK_CHANGE} with the 2026b software stack. "
                 f"Jobs that run `module load {name}` without a version now get {new}; pin `{name}/{old}` if you need the old behaviour.")
        L.append("")
    L.append("## How to load")
    L.append("")
    L.append("```bash")
    if m["toolchain"] not in ("core (no toolchain)",) and r.random() < 0.5:
        for dep in m["toolchain"].split(" + "):
            L.append(f"module load {dep}")
    L.append(f"module load {name}/{dflt}")
    L.append("```")
    L.append("")
    if r.random() < 0.5 or tmpl == 2:
        L.append(f"`module load {name}` without a version loads the default ({dflt}). We recommend pinning the version in batch scripts so results stay reproducible across stack changes.")
        L.append("")
    USAGE = {
        "compilers": "Compile on a login node or in a `devel` job, and run the result on compute nodes of the same cluster. Tinden uses AMD EPYC CPUs and Skarven Intel Xeon CPUs, so build separately if you pass `-march=native`.",
        "mpi": "Launch MPI programs with `srun`, not `mpirun`, so that Slurm places the ranks and accounts for them correctly.",
        "gpu": "GPU libraries only work inside jobs on GPU partitions. Test small cases on `gpu-devel` (up to 2 hours) before large runs.",
        "math": "Link against the library with the flags printed by `module show`; the module sets `CPATH`, `LIBRARY_PATH` and `PKG_CONFIG_PATH`.",
        "io": "For large parallel writes, put output on `/scratch` and set Lustre striping on the output directory first.",
        "tools": "Tools that start many processes should run inside a job, not on the login nodes, where heavy processes are stopped after 30 minutes.",
        "lang": "Interactive use is easiest through Open OnDemand on Skarven; batch use works on all partitions of the clusters listed below.",
        "ml": "Keep training data on `/scratch` or node-local `$TMPDIR` for fast reading; reading many small files from `/project` is slow.",
        "chem": "Most simulation codes scale well within one node; test scaling with 1, 2 and 4 nodes before asking for more.",
        "bio": "Many bioinformatics tools are single-node and multithreaded: request `--nodes=1` with `--cpus-per-task` and pass the same thread count to the tool.",
        "cfd": "Decompose the case to match `--ntasks` and keep the case directory on `/scratch` while the job runs.",
        "earth": "Input data sets are often large; stage them to `/scratch` once and reuse them across runs rather than copying for each job.",
        "physics": "Large parameter scans are best run as job arrays (see *How to use job arrays*).",
        "social": "Text and data-mining jobs are usually memory-bound; Skarven's 1 TB nodes suit them well.",
    }
    L.append("## Usage notes")
    L.append("")
    L.append(USAGE[cat])
    L.append("")
    L.append("## Where it runs")
    L.append("")
    cl = " and ".join(m["clusters"])
    s = f"Available on {cl}."
    if m["gpu"]:
        s += " Runs on the `gpu` and `gpu-h100` partitions; the module refuses to load on CPU-only nodes."
    L.append(s)
    if brenna_note:
        L.append(f"Builds of {name} for the retired Brenna cluster were removed on {BRENNA_RETIRED}.")
    L.append("")
    if m["licensed"]:
        L.append("## Licence")
        L.append("")
        L.append(r.choice([f"{name} is licensed software. Use is limited to Halden University staff and students under the campus agreement.",
                           f"Access to {name} is controlled by licence. Ask the help desk ({HELP_EMAIL}) if `module load {name}` reports *permission denied*."]))
        L.append("")
    L.append("## Known issues")
    L.append("")
    if issues:
        for i in issues:
            L.append(f"- {i}")
    else:
        L.append("No known issues at the moment.")
    L.append("")
    rel = [x for x in MODINFO if MODINFO[x]["cat"] == cat and x != name]
    rr = rng_for("rel-" + name)
    rel = rr.sample(rel, min(3, len(rel)))
    if tmpl != 1:
        L.append("## Related modules")
        L.append("")
        L.append(", ".join(f"`{x}`" for x in rel) + ". See also *Using the module system (Lmod)*.")
        L.append("")
    L.append(f"Maintainer: {m['maint']}. Report problems through {DESK} or {HELP_EMAIL}.")
    return "\n".join(L)

for cat, name, desc in MODULES:
    write(f"module-{name}.md", module_page(cat, name, desc))

# ---------------------------------------------------------------- partitions
QOSD = {q["name"]: q for q in QOS}
for p in PARTITIONS:
    r = rng_for("part-" + p["name"])
    retired = p["cluster"] == "Brenna"
    if p["name"] == "long":
        upd = "2026-10-01"
    elif p["name"] == "gpu-h100":
        upd = "2026-10-20"
    elif retired:
        upd = "2026-08-03"
    else:
        upd = rand_date(r, "2026-04-20", "2026-10-30")
    L = [f"# Partition: {p['name']} ({p['cluster']})", f"Updated: {upd}", ""]
    if retired:
        L.append(f"**This partition no longer exists.** It was removed when the Brenna cluster was retired on {BRENNA_RETIRED}. "
                 "Use `normal` on Tinden for CPU work and `gpu` for GPU work. See *Migrating from Brenna*.")
        L.append("")
    L.append(f"The `{p['name']}` partition on {p['cluster']} is for {p['purpose']}.")
    L.append("")
    L.append("## Limits")
    L.append("")
    L.append("| Setting | Value |")
    L.append("|---|---|")
    L.append(f"| Maximum wall time | {p['maxwall']} |")
    L.append(f"| Maximum nodes per job | {p['maxnodes']} |")
    L.append(f"| Nodes in partition | {p['nodes'] if not retired else '0 (retired)'} |")
    L.append(f"| Node type | {p['node']} |")
    L.append(f"| Default memory per CPU | {p['mem']} |")
    L.append(f"| Default QoS | {p['qos']} |")
    if p["name"] == "normal":
        L.append("| Default wall time if not set | 01:00:00 |")
    L.append("")
    if p["name"] == "long":
        L.append(f"**Change on {LONG_CHANGE_DATE}:** the maximum wall time of `long` was reduced from {LONG_OLD_MAXWALL} (14 days) to 7-00:00:00 (7 days). "
                 "Jobs submitted before the change with a longer `--time` were allowed to finish. New submissions asking for more than 7 days are rejected "
                 "with `QOSMaxWallDurationPerJobLimit`. Use checkpointing (see *How to checkpoint long jobs*) for work that needs more time.")
        L.append("")
    if p["name"] == "gpu-h100":
        L.append(f"Opened on {H100_OPEN}. Only projects with an H100 allocation from the *2026 Large-Scale GPU Call* or the *2026 Autumn Allocation Call* may submit; "
                 "others see `Invalid qos specification`. Request GPUs with `--gpus-per-node=h100:N` (N = 1-4). Each GPU comes with up to 24 CPU cores and 240 GB of memory.")
        L.append("")
    if p["name"] == "gpu":
        L.append("Request GPUs with `--gpus-per-node=a100:N` (N = 1-4). Jobs that request the partition without GPUs are rejected. Each GPU comes with up to 24 CPU cores.")
        L.append("")
    if p["name"] == "preempt":
        L.append("Jobs here run on idle nodes of any Tinden CPU partition and are requeued when a higher-priority job needs the node. Use `--requeue` and checkpoint often.")
        L.append("")
    if p["name"] == "sk-hugemem":
        L.append("Ask for memory explicitly, e.g. `--mem=3000G`. Jobs asking for less than 1 TB are redirected to `sk-normal` by the submit filter.")
        L.append("")
    q = QOSD[p["qos"]]
    L.append("## QoS")
    L.append("")
    L.append(f"Jobs get the `{q['name']}` QoS unless another is given: at most {q['maxjobs']} running and {q['maxsubmit']} submitted jobs per user ({q['note']}). See *QoS: {q['name']}*.")
    L.append("")
    L.append("## Example")
    L.append("")
    L.append("```bash")
    L.append("#!/bin/bash")
    L.append(f"#SBATCH --partition={p['name']}")
    ex_time = {"long": "5-00:00:00", "short": "02:00:00", "devel": "00:30:00", "gpu-devel": "00:30:00",
               "sk-interactive": "04:00:00", "gpu-h100": "12:00:00"}.get(p["name"], "1-00:00:00")
    L.append(f"#SBATCH --time={ex_time}")
    L.append("#SBATCH --nodes=1")
    if "gpu" in p["name"]:
        L.append(f"#SBATCH --gpus-per-node={'h100' if 'h100' in p['name'] else 'a100' if p['cluster']=='Tinden' else 'p100'}:1")
    L.append("#SBATCH --account=hal-p1234")
    L.append("```")
    L.append("")
    L.append("Related: *Slurm partitions overview*, *Job priority and fair-share*.")
    fname = f"partition-{p['name']}.md"
    write(fname, "\n".join(L))

for q in QOS:
    r = rng_for("qos-" + q["name"])
    L = [f"# QoS: {q['name']}", f"Updated: {rand_date(r, '2026-06-16', '2026-10-15')}", ""]
    L.append(r.choice([f"The `{q['name']}` quality of service (QoS) sets per-user limits and a priority adjustment.",
                       f"Slurm QoS `{q['name']}` — limits and usage."]))
    L.append("")
    L.append(f"- Priority adjustment: {q['prio']:+d}")
    L.append(f"- Maximum running jobs per user: {q['maxjobs']}")
    L.append(f"- Maximum submitted jobs per user: {q['maxsubmit']}")
    L.append(f"- Notes: {q['note']}")
    L.append("")
    parts = [p["name"] for p in PARTITIONS if p["qos"] == q["name"] and p["cluster"] != "Brenna"]
    if parts:
        L.append("Default QoS on partitions: " + ", ".join(f"`{x}`" for x in parts) + ".")
    else:
        L.append("This QoS is not the default anywhere; request it with `#SBATCH --qos=" + q["name"] + "`.")
    L.append("")
    L.append("Jobs that exceed a limit stay pending with reason `QOSMaxJobsPerUserLimit` or `QOSMaxSubmitJobPerUserLimit`. See *Job priority and fair-share*.")
    L.append("")
    L.append("## Checking the limits yourself")
    L.append("")
    L.append(f"Run `sacctmgr show qos {q['name']} format=Name,Priority,MaxJobsPU,MaxSubmitPU` to see the live values, and `squeue -u $USER -o \"%i %q %r\"` to see which QoS and pending reason your jobs have. QoS limits are per user and apply across all your projects.")
    write(f"qos-{q['name']}.md", "\n".join(L))

# ---------------------------------------------------------------- node types
NODES = [
    ("tn-cpu", "Tinden", "2x AMD EPYC 9454 (96 cores)", "384 GB DDR5", "3.84 TB NVMe", "NDR200 InfiniBand", 596, "normal, short, long, devel, preempt"),
    ("tn-bigmem", "Tinden", "2x AMD EPYC 9454 (96 cores)", "1.5 TB DDR5", "7.68 TB NVMe", "NDR200 InfiniBand", 16, "bigmem"),
    ("tn-gpu-a100", "Tinden", "2x AMD EPYC 7763 (128 cores) + 4x NVIDIA A100 80GB SXM", "1 TB", "7.68 TB NVMe", "2x HDR200 InfiniBand", 42, "gpu, gpu-devel"),
    ("tn-gpu-h100", "Tinden", "2x AMD EPYC 9534 (128 cores) + 4x NVIDIA H100 SXM 80GB", "1.5 TB", "15.36 TB NVMe", "4x NDR400 InfiniBand", 12, "gpu-h100"),
    ("sk-mem", "Skarven", "2x Intel Xeon Platinum 8358 (64 cores)", "1 TB", "1.92 TB SSD", "HDR100 InfiniBand", 120, "sk-normal, sk-interactive"),
    ("sk-huge", "Skarven", "2x Intel Xeon Platinum 8358 (64 cores)", "4 TB", "3.84 TB SSD", "HDR100 InfiniBand", 8, "sk-hugemem"),
    ("br-cpu", "Brenna", "2x Intel Xeon Gold 6148 (40 cores)", "192 GB", "480 GB SSD", "EDR InfiniBand", 0, "br-normal (retired)"),
    ("br-gpu-p100", "Brenna", "2x Intel Xeon Gold 6148 (40 cores) + 2x NVIDIA P100", "384 GB", "480 GB SSD", "EDR InfiniBand", 0, "br-gpu (retired)"),
]
for n in NODES:
    r = rng_for("node-" + n[0])
    upd = "2026-08-03" if n[1] == "Brenna" else ("2026-06-15" if n[0] == "tn-gpu-h100" else rand_date(r, "2026-01-10", "2026-10-01"))
    L = [f"# Node type: {n[0]}", f"Updated: {upd}", ""]
    if n[1] == "Brenna":
        L += [f"Retired with the Brenna cluster on {BRENNA_RETIRED}. Kept here for reference.", ""]
    L += [f"Cluster: {n[1]}", "", "| Component | Specification |", "|---|---|",
          f"| Processors | {n[2]} |", f"| Memory | {n[3]} |", f"| Local disk ($TMPDIR) | {n[4]} |",
          f"| Interconnect | {n[5]} |", f"| Number of nodes | {n[6]} |", f"| Partitions | {n[7]} |", ""]
    L.append(r.choice(["Local disk is wiped at the end of each job; copy results back to `/scratch` or `/project`.",
                       "Use `$TMPDIR` for many small temporary files; it is much faster than the shared file systems and is cleaned after the job."]))
    L.append("")
    L.append(f"To target this node type, submit to one of its partitions ({n[7]}). Use `sinfo -N -p <partition> -o \"%N %c %m %G\"` to list nodes with their cores, memory and GPUs. Hardware faults are reported on the status page and nodes are drained automatically when health checks fail.")
    write(f"node-{n[0]}.md", "\n".join(L))

# ---------------------------------------------------------------- people / projects
FIRST = ["Astrid", "Magnus", "Sigrid", "Erik", "Nora", "Leif", "Hanna", "Ola", "Maja", "Anders", "Elin", "Stian", "Ragnhild", "Bjorn",
         "Yuki", "Carlos", "Aisha", "Dmitri", "Chen", "Fiona", "Rahul", "Sofia", "Kwame", "Laura", "Mateo", "Ingeborg", "Pavel", "Zainab",
         "Thomas", "Vilde", "Emil", "Greta", "Hamid", "Irene", "Jakob", "Kristin", "Lars", "Marta", "Nils", "Oda"]
LAST = ["Aasen", "Berg", "Christensen", "Dalen", "Eide", "Foss", "Gundersen", "Haugen", "Iversen", "Johansen", "Karlsen", "Lie",
        "Moen", "Nilsen", "Olsen", "Pedersen", "Rustad", "Strand", "Tveit", "Ulstein", "Vik", "Wold", "Okonkwo", "Tanaka", "Morales",
        "Petrov", "Zhang", "MacLeod", "Sharma", "Rossi", "Mensah", "Novak", "Haddad", "Fischer", "Lindgren", "Brekke", "Sandvik"]
DEPTS = {
    "Chemistry": ["Molecular dynamics of {x} at interfaces", "DFT screening of {x} catalysts", "Excited states of {x} chromophores"],
    "Physics": ["Lattice simulations of {x} systems", "Monte Carlo transport in {x} detectors", "Tensor-network studies of {x} magnets"],
    "Biology": ["Population genomics of {x}", "Single-cell atlas of {x} tissue", "Metagenomics of {x} sediments"],
    "Medicine": ["Imaging biomarkers for {x} disease", "Genome-wide association of {x} traits", "Deep learning for {x} pathology slides"],
    "Geosciences": ["Regional climate downscaling for {x}", "Ocean circulation in the {x} shelf", "Seismic imaging of the {x} margin"],
    "Computer Science": ["Large language models for {x} text", "Graph neural networks for {x} networks", "Efficient training of {x} models"],
    "Engineering": ["CFD of {x} turbine wakes", "Fatigue modelling of {x} structures", "Combustion in {x} burners"],
    "Economics": ["Agent-based models of {x} markets", "Bayesian forecasting of {x} indicators"],
    "Linguistics": ["Speech corpora for {x} dialects", "Historical text mining of {x} newspapers"],
    "Astronomy": ["Cosmological simulations of {x} haloes", "Radio survey imaging of {x} fields"],
}
XWORDS = ["Arctic", "coastal", "fjord", "alpine", "boreal", "Nordic", "perovskite", "zeolite", "graphene", "salmon", "barley", "cod",
          "offshore wind", "hydrogen", "lithium", "permafrost", "North Sea", "Barents", "urban", "rural", "early modern", "dwarf galaxy",
          "cardiac", "retinal", "liver", "Alzheimer's", "tick-borne", "kelp", "spruce", "reindeer", "ice-sheet", "glacier"]
CALLS = ["2025 Spring Allocation Call", "2025 Autumn Allocation Call", "2026 Spring Allocation Call", "2026 Large-Scale GPU Call", "Startup allocation"]

PROJECTS = []
used_pi = set()
for i in range(200):
    pid = f"hal-p{1001 + i * 7}"
    r = rng_for("proj-" + pid)
    while True:
        pi = f"{r.choice(FIRST)} {r.choice(LAST)}"
        if pi not in used_pi:
            used_pi.add(pi); break
    dept = r.choice(list(DEPTS))
    title = r.choice(DEPTS[dept]).format(x=r.choice(XWORDS))
    call = r.choice(CALLS)
    cluster = "Skarven" if dept in ("Economics", "Linguistics") or r.random() < 0.15 else "Tinden"
    core = r.choice([250, 400, 600, 800, 1000, 1500, 2000, 3000, 4500, 6000]) * 1000
    if call == "Startup allocation":
        core = 50000
    gpuh = 0
    if dept in ("Computer Science", "Medicine") or r.random() < 0.25:
        gpuh = r.choice([2000, 5000, 8000, 12000, 20000, 40000])
    h100 = 0
    if call == "2026 Large-Scale GPU Call":
        h100 = r.choice([10000, 15000, 25000, 40000])
        gpuh = gpuh or 5000
        cluster = "Tinden"
    if call == "Startup allocation":
        gpuh = min(gpuh, 1000) if gpuh else 0
    quota = 20 if r.random() < 0.65 else r.choice([30, 40, 50, 75, 100, 150])
    arch = 100 if r.random() < 0.8 else r.choice([150, 200, 300])
    start = {"2025 Spring Allocation Call": "2025-07-01", "2025 Autumn Allocation Call": "2026-01-01",
             "2026 Spring Allocation Call": "2026-07-01", "2026 Large-Scale GPU Call": "2026-08-01"}.get(call) or rand_date(r, "2025-03-01", "2026-10-15")
    end = (d(start) + dt.timedelta(days=364 if call != "2025 Spring Allocation Call" else 548)).isoformat()
    brenna = r.random() < 0.2 and d(start) < d("2026-07-01")
    members = r.randint(2, 14)
    PROJECTS.append(dict(pid=pid, pi=pi, dept=dept, title=title, call=call, cluster=cluster, core=core, gpuh=gpuh, h100=h100,
                         quota=quota, arch=arch, start=start, end=end, brenna=brenna, members=members))

for P in PROJECTS:
    r = rng_for("projpage-" + P["pid"])
    upd = rand_date(r, "2026-07-02", "2026-11-05")
    if d(upd) < d(P["start"]):
        upd = P["start"]
    tmpl = r.randint(0, 1)
    L = [f"# Project {P['pid']}: {P['title']}", f"Updated: {upd}", ""]
    if tmpl == 0:
        L += ["| Field | Value |", "|---|---|",
              f"| Project ID | {P['pid']} |", f"| Principal investigator | {P['pi']} ({P['dept']}) |",
              f"| Allocation source | {P['call']} |", f"| Period | {P['start']} to {P['end']} |",
              f"| Home cluster | {P['cluster']} |", f"| CPU allocation | {P['core']:,} core-hours |",
              f"| A100 GPU allocation | {P['gpuh']:,} GPU-hours |", f"| H100 GPU allocation | {P['h100']:,} GPU-hours |",
              f"| Project storage quota | {P['quota']} TB{' (default)' if P['quota'] == 20 else ''} |",
              f"| Archive quota | {P['arch']} TB |", f"| Members | {P['members']} |", ""]
    else:
        L.append(f"Project **{P['pid']}** is led by {P['pi']} ({P['dept']}) and runs from {P['start']} to {P['end']} on {P['cluster']}, "
                 f"funded through the {P['call']}.")
        L.append("")
        L.append("## Resources")
        L.append("")
        L.append(f"- CPU: {P['core']:,} core-hours")
        L.append(f"- A100 GPU: {P['gpuh']:,} GPU-hours")
        if P["h100"]:
            L.append(f"- H100 GPU: {P['h100']:,} GPU-hours (gpu-h100 partition)")
        L.append(f"- Storage: {P['quota']} TB on `/project/{P['pid']}`" + (" (the default quota)" if P["quota"] == 20 else " (increase approved by the allocation committee)"))
        L.append(f"- Archive: {P['arch']} TB on `/archive/{P['pid']}`")
        L.append(f"- Members: {P['members']}")
        L.append("")
    if P["brenna"]:
        L.append(f"This project was migrated from Brenna to Tinden in July 2026 before the Brenna retirement on {BRENNA_RETIRED}.")
        L.append("")
    L.append("## Use this account")
    L.append("")
    L.append(f"Add `#SBATCH --account={P['pid']}` to job scripts. Check usage with `rcusage -a {P['pid']}`.")
    L.append("")
    L.append(r.choice(["Unused core-hours do not carry over to the next period.",
                       "Allocations are tracked monthly; heavy under-use may lead to a reduced award in the next call.",
                       "Renewal applications go through the next regular allocation call."]))
    write(f"project-{P['pid']}.md", "\n".join(L))

# ---------------------------------------------------------------- courses
COURSES = [
    ("intro-linux", "Introduction to Linux on the Clusters", "none", 3, "half day"),
    ("slurm-basics", "Slurm Basics: Submitting and Monitoring Jobs", "Introduction to Linux on the Clusters or equivalent", 3, "half day"),
    ("advanced-slurm", "Advanced Slurm: Arrays, Dependencies and GPUs", "Slurm Basics", 3, "half day"),
    ("python-hpc", "Python for HPC", "basic Python", 6, "full day"),
    ("r-cluster", "R on the Clusters", "basic R", 3, "half day"),
    ("cuda", "GPU Programming with CUDA", "C or C++", 12, "two days"),
    ("deep-learning", "Deep Learning on Tinden GPUs", "Python and PyTorch basics", 6, "full day"),
    ("mpi", "Introduction to MPI", "C, C++ or Fortran", 12, "two days"),
    ("openmp", "Shared-Memory Parallelism with OpenMP", "C, C++ or Fortran", 6, "full day"),
    ("rdm", "Research Data Management and Storage Tiers", "none", 3, "half day"),
    ("containers", "Containers with Apptainer", "Slurm Basics", 3, "half day"),
    ("workflows", "Workflows with Snakemake and Nextflow", "Slurm Basics", 6, "full day"),
    ("git", "Version Control with Git", "none", 3, "half day"),
]
ROOMS = ["Library Building room L2.14", "Realfag Building auditorium R1", "Computing Centre seminar room C0.05", "online (Zoom link sent after registration)"]
course_pages = []
for c in COURSES:
    r = rng_for("course-" + c[0])
    n = r.randint(5, 8)
    dates = set()
    while len(dates) < n:
        dd = d(rand_date(r, "2025-09-01", "2027-01-31"))
        while dd.weekday() > 3:
            dd += dt.timedelta(days=1)
        dates.add(dd.isoformat())
    for date in sorted(dates):
        rr = rng_for(f"cs-{c[0]}-{date}")
        inst = rr.sample(STAFF, 2)
        room = rr.choice(ROOMS)
        cap = 20 if "online" not in room else 60
        cap = rr.choice([cap, cap + 10, cap - 4])
        start_t = rr.choice(["09:00", "09:30", "12:30", "13:00"]) if c[4] == "half day" else "09:00"
        deadline = (d(date) - dt.timedelta(days=7)).isoformat()
        pub = min((d(date) - dt.timedelta(days=rr.randint(30, 60))).isoformat(), "2026-11-09")
        past = d(date) < d(TODAY)
        L = [f"# Course: {c[1]} ({date})", f"Date: {pub}", ""]
        L.append(rr.choice([f"Research Computing runs *{c[1]}* on {date}.",
                            f"A {c[4]} course: {c[1]}, held on {date}.",
                            f"Next session of {c[1]}: {date}."]))
        L.append("")
        L += ["| | |", "|---|---|", f"| Date | {date} |", f"| Start | {start_t} |", f"| Length | {c[4]} ({c[3]} hours) |",
              f"| Location | {room} |", f"| Instructors | {inst[0]}, {inst[1]} |", f"| Seats | {cap} |",
              f"| Prerequisites | {c[2]} |", f"| Registration deadline | {deadline} |", ""]
        L.append("## Content")
        L.append("")
        CONTENT = {
            "intro-linux": ["logging in with SSH and MFA", "files, directories and permissions", "editing with nano and vim", "the storage tiers: home, scratch, project, archive"],
            "slurm-basics": ["writing an sbatch script", "partitions, QoS and accounts", "squeue, sacct and seff", "reading OOM and TIMEOUT errors"],
            "advanced-slurm": ["job arrays", "dependencies with --dependency=afterok", "requesting A100 and H100 GPUs", "checkpointing and the long partition"],
            "python-hpc": ["virtual environments with the python module", "numpy vectorisation", "multiprocessing and mpi4py", "profiling"],
            "r-cluster": ["loading the r module and user libraries", "RStudio Server on sk-interactive", "parallel and future packages", "array jobs for simulations"],
            "cuda": ["the CUDA programming model", "memory management", "streams and profiling with Nsight Systems", "multi-GPU with NCCL"],
            "deep-learning": ["PyTorch on A100 and H100 nodes", "data loading from scratch", "mixed precision", "distributed training with torchrun"],
            "mpi": ["point-to-point communication", "collectives", "running with srun --mpi=pmix", "scaling studies"],
            "openmp": ["parallel regions and loops", "data scoping", "thread pinning on AMD EPYC", "hybrid MPI+OpenMP"],
            "rdm": ["data management plans", "choosing a storage tier", "the scratch purge policy", "archiving with /archive and Globus"],
            "containers": ["pulling and building Apptainer images", "binding /scratch and /project", "GPU containers with --nv", "MPI in containers"],
            "workflows": ["Snakemake with the Slurm executor", "Nextflow profiles for Tinden", "resuming failed runs", "keeping job counts under QoS limits"],
            "git": ["commits and branches", "GitLab at git.halden.edu", "SSH keys from the clusters", "git-lfs for large files"],
        }[c[0]]
        for x in CONTENT:
            L.append(f"- {x}")
        L.append("")
        if past:
            L.append(rr.choice(["This session has taken place. Slides are in the training material repository.",
                                "Registration is closed. Materials remain available on the training page."]))
        else:
            L.append(rr.choice([f"Register through the RC portal ({PORTAL}/training). Seats are allocated first come, first served.",
                                f"Sign up at {PORTAL}/training before the deadline. Cancel at least two days ahead if you cannot come."]))
        L.append("")
        L.append("See also *Training catalogue*.")
        fname = f"course-{c[0]}-{date}.md"
        course_pages.append((c, date, fname))
        write(fname, "\n".join(L))

# ---------------------------------------------------------------- maintenance notices
def first_weekday(year, month, wd, nth=1):
    x = dt.date(year, month, 1)
    while x.weekday() != wd:
        x += dt.timedelta(days=1)
    return x + dt.timedelta(days=7 * (nth - 1))

TASKS = ["firmware updates on the InfiniBand switches", "a Slurm minor version update", "Lustre server patches on /scratch",
         "kernel security updates on all compute nodes", "replacement of a failed cooling unit pump", "NVIDIA driver update on GPU nodes",
         "expansion of the /project file system", "login node operating system updates", "tape library firmware update for /archive",
         "rebalancing of the /scratch object storage targets", "power distribution unit inspection"]
MAINT = []
for y in (2025, 2026):
    for m in range(1, 13):
        if y == 2026 and m > 12: break
        day = first_weekday(y, m, 2)  # first Wednesday
        MAINT.append(("Tinden", day.isoformat(), "07:00", "17:00"))
        if m % 2 == 0:
            MAINT.append(("Skarven", first_weekday(y, m, 1, 3).isoformat(), "08:00", "16:00"))
        if m in (1, 4, 7, 10) and dt.date(y, m, 1) < d("2026-05-01"):
            MAINT.append(("Brenna", first_weekday(y, m, 3, 2).isoformat(), "08:00", "15:00"))
# special: 2026-12-02 Tinden (future) is hand-written; skip duplicate
MAINT = [m for m in MAINT if not (m[0] == "Tinden" and m[1] == "2026-12-02")]
for cl, date, st, en in MAINT:
    r = rng_for(f"maint-{cl}-{date}")
    tasks = r.sample(TASKS, r.randint(1, 3))
    if cl == "Tinden" and date == "2026-06-03":
        tasks = ["installation and burn-in of the 12 H100 nodes for the new gpu-h100 partition", "a Slurm configuration update"]
    if cl == "Tinden" and date == "2026-10-07":
        tasks = ["applying the new 7-day maximum wall time of the long partition to the scheduler configuration (announced earlier)", "kernel security updates on all compute nodes"]
    if cl == "Tinden" and date == "2026-08-05":
        tasks = ["Lustre configuration change for the 30-day scratch purge", "login node operating system updates"]
    pub = min((d(date) - dt.timedelta(days=r.randint(10, 21))).isoformat(), "2026-11-09")
    full = r.random() < 0.6
    resv = f"maint_{cl.lower()}_{date.replace('-', '')}"
    L = [f"# Maintenance: {cl} {date}", f"Date: {pub}", ""]
    L.append(r.choice([f"{cl} has a scheduled maintenance window on {date} from {st} to {en}.",
                       f"Scheduled maintenance for {cl}: {date}, {st}-{en}.",
                       f"The regular maintenance window for {cl} falls on {date} ({st} to {en})."]))
    L.append("")
    L.append("## Impact")
    L.append("")
    if full:
        L.append(f"Full outage: login nodes, all partitions and the {cl} file system mounts are unavailable.")
    else:
        L.append("Partial outage: login nodes stay up and files are reachable, but no jobs run during the window.")
    L.append(f"A reservation named `{resv}` is in place. Jobs whose requested wall time would overlap the window stay pending with reason `ReqNodeNotAvail, Reserved for maintenance` until it ends.")
    L.append("")
    L.append("## Work planned")
    L.append("")
    for t in tasks:
        L.append(f"- {t}")
    L.append("")
    if d(date) < d(TODAY):
        L.append(r.choice([f"Update: the window closed at {en} as planned and all services were returned.",
                           f"Update: work finished {r.choice(['30 minutes', 'one hour', 'two hours'])} early; jobs started again the same afternoon.",
                           "Update: completed. No user action needed."]))
    else:
        L.append("Tip: shorten `--time` so that your job ends before the window starts, and it can still run this week.")
    L.append("")
    L.append("Running jobs that cannot finish before the window are not started; jobs already running when it begins are requeued if they were submitted with `--requeue`, otherwise cancelled.")
    L.append("")
    L.append("See *Maintenance window policy* for the schedule rules.")
    write(f"maint-{date}-{cl.lower()}.md", "\n".join(L))

# ---------------------------------------------------------------- incidents
COMPONENTS = [
    ("scratch-mds", "Lustre metadata server on /scratch", "a failover of the metadata server after a memory error", "file operations on /scratch hung; jobs blocked in I/O", "replaced the faulty DIMM and tuned failover timeouts"),
    ("slurmctld", "Slurm controller", "the controller ran out of memory while processing a very large job array", "no new jobs could be submitted; running jobs continued", "added memory to the controller and enforced the 10,000-task array limit"),
    ("ib-switch", "InfiniBand spine switch", "a spine switch rebooted after a firmware fault", "multi-node MPI jobs failed with `transport retry counter exceeded`", "upgraded switch firmware"),
    ("cooling", "cooling loop", "a chiller tripped during high outdoor temperatures", "about a third of compute nodes were drained to limit heat", "added a second chiller alarm path and revised the thermal drain script"),
    ("power", "power supply", "a utility power dip that the UPS did not fully cover", "running jobs on affected racks were killed", "UPS battery strings replaced"),
    ("login", "login nodes", "a user process consumed all memory on a login node", "login node unresponsive; SSH sessions dropped", "tightened per-user memory limits on login nodes to 16 GB"),
    ("license", "licence server", "the FlexLM licence server certificate expired", "MATLAB, Ansys and COMSOL jobs failed to check out licences", "certificate renewed; expiry monitoring added"),
    ("gpu-driver", "GPU node driver", "an NVIDIA driver mismatch after an image update", "GPU jobs failed with `CUDA driver version is insufficient`", "rolled back the image and added a GPU smoke test to the update process"),
    ("project-fs", "/project file system", "a disk enclosure controller failure", "/project was read-only", "controller replaced; no data lost"),
    ("dns", "campus DNS", "a campus DNS outage", "logins and licence checkouts failed intermittently", "added local DNS caching on cluster nodes"),
    ("globus", "Globus endpoint", "an expired host certificate on the data transfer nodes", "transfers to and from halden#tinden-dtn failed", "certificate renewed and monitoring added"),
]
inc_dates = []
r0 = rng_for("incidents")
seen = set()
while len(inc_dates) < 50:
    date = rand_date(r0, "2025-01-05", "2026-11-06")
    if date in seen or date == "2026-09-17":
        continue
    seen.add(date)
    inc_dates.append(date)
inc_dates.sort()
counters = {}
for date in inc_dates:
    r = rng_for("inc-" + date)
    clusters = ["Tinden", "Skarven"] + (["Brenna"] if d(date) <= d(BRENNA_RETIRED) else [])
    cl = r.choice(clusters)
    comp = r.choice(COMPONENTS)
    y = date[:4]
    counters[y] = counters.get(y, 0) + 1
    iid = f"INC-{y}-{counters[y]:03d}"
    if y == "2026" and date > "2026-09-17":
        iid = f"INC-{y}-{counters[y] + 1:03d}"  # one number reserved for the hand-written 2026-09-17 incident
    hours = r.choice([0.5, 1, 1.5, 2, 3, 4, 6, 9, 14])
    jobs = r.choice([0, 12, 40, 85, 130, 310, 560, 1200])
    start = f"{r.randint(0, 22):02d}:{r.choice(['05', '20', '35', '50'])}"
    L = [f"# Incident {iid}: {comp[1]} on {cl}", f"Date: {date}", ""]
    L += ["| | |", "|---|---|", f"| Incident | {iid} |", f"| Cluster | {cl} |", f"| Start | {date} {start} |",
          f"| Duration | {hours} hours |", f"| Jobs affected | {jobs} |", f"| Status | resolved |", ""]
    L.append("## Summary")
    L.append("")
    L.append(f"Cause: {comp[2]}. Impact: {comp[3]}.")
    L.append("")
    L.append("## Follow-up")
    L.append("")
    L.append(f"Action taken: {comp[4]}.")
    if jobs:
        L.append(r.choice(["Core-hours used by jobs killed during the incident were refunded to the project accounts automatically.",
                           "Users can ask the help desk to refund core-hours for failed jobs; quote the incident ID.",
                           "Jobs that were requeued started again without user action; killed jobs were not refunded because they ran less than 10 minutes."]))
    L.append("")
    L.append("See *Incident process and status page* for how incidents are reported.")
    write(f"incident-{date}-{cl.lower()}-{comp[0]}.md", "\n".join(L))

# ---------------------------------------------------------------- howto per application
APP_CHOICES = [n for c, n, _ in MODULES if c in ("chem", "bio", "cfd", "earth", "physics", "ml")]
rr = rng_for("howto-pick")
HOWTO_APPS = sorted(rr.sample(APP_CHOICES, 70))
for name in HOWTO_APPS:
    m = MODINFO[name]
    r = rng_for("howto-" + name)
    gpu = m["gpu"] or name in ("pytorch", "tensorflow", "jax")
    part = "gpu" if gpu else ("sk-normal" if m["clusters"] == ["Skarven"] else "normal")
    upd = rand_date(r, "2026-09-05", "2026-11-05")
    cores = r.choice([8, 16, 32, 48, 96]) if not gpu else 24
    mem = r.choice(["32G", "64G", "120G", "180G"])
    tm = r.choice(["04:00:00", "12:00:00", "1-00:00:00", "2-00:00:00"]) if part != "gpu" else r.choice(["06:00:00", "12:00:00", "1-00:00:00"])
    L = [f"# How to run {name} on {'Skarven' if part == 'sk-normal' else 'Tinden'}", f"Updated: {upd}", ""]
    L.append(r.choice([f"This page shows a minimal batch job for {m['desc']} using the `{name}` module.",
                       f"Quick start for `{name}` ({m['desc']}). Adjust the resources to your input size.",
                       f"A tested starting point for running {name} under Slurm."]))
    L.append("")
    L.append("## Example job script")
    L.append("")
    L.append("```bash")
    L.append("#!/bin/bash")
    L.append(f"#SBATCH --job-name={name[:12]}")
    L.append(f"#SBATCH --partition={part}")
    L.append(f"#SBATCH --account=hal-pXXXX")
    L.append(f"#SBATCH --time={tm}")
    L.append("#SBATCH --nodes=1")
    L.append(f"#SBATCH --ntasks-per-node={1 if gpu else cores}")
    if gpu:
        L.append(f"#SBATCH --cpus-per-task={cores}")
        L.append("#SBATCH --gpus-per-node=a100:1")
    L.append(f"#SBATCH --mem={mem}")
    L.append("")
    L.append("module purge")
    L.append(f"module load {name}/{m['default']}")
    L.append("cd /scratch/$USER/run01")
    cmd = {"gromacs": "srun gmx_mpi mdrun -deffnm md", "lammps": "srun lmp -in in.lj", "openfoam": "srun simpleFoam -parallel",
           "pytorch": "python train.py --epochs 10", "samtools": "samtools sort -@ $SLURM_NTASKS_PER_NODE -o out.bam in.bam"}.get(name, f"srun {name.split('-')[0]} input.dat > output.log")
    L.append(cmd)
    L.append("```")
    L.append("")
    L.append("## Notes")
    L.append("")
    notes = [f"`module load {name}/{m['default']}` loads the current default; other versions are listed on *Module: {name}*.",
             "Keep input and output on `/scratch/$USER`; remember that scratch files not accessed for 30 days are purged.",
             f"Use `seff <jobid>` after the job to check whether {mem} of memory was really needed.",
             "For runs longer than the partition limit, split the work and chain jobs with `--dependency=afterok`."]
    if gpu:
        notes.append("Check GPU use with `nvidia-smi` on the node (`srun --jobid=<id> --pty nvidia-smi`). Large runs may qualify for the gpu-h100 partition.")
    r.shuffle(notes)
    for x in notes[: r.randint(2, len(notes))]:
        L.append(f"- {x}")
    write(f"howto-run-{name}.md", "\n".join(L))

# ---------------------------------------------------------------- software requests
REQ_EXTRA = ["openmolcas", "sagemath", "gephi", "blender", "unity-hub", "dropbox-client", "zotero", "teamviewer", "crispresso2",
             "pangolin", "nanoplot", "fiji", "napari", "ilastik", "cellprofiler", "cp2k-plumed", "icon-model", "xcrysden"]
sr = []
r0 = rng_for("sr")
for i in range(90):
    y = 2025 if i < 45 else 2026
    num = (i % 45) + 1
    sid = f"SR-{y}-{num:03d}"
    r = rng_for(sid)
    date = rand_date(r, f"{y}-01-05", f"{y}-12-20" if y == 2025 else "2026-11-04")
    req = f"{r.choice(FIRST)} {r.choice(LAST)}"
    if r.random() < 0.78:
        name = r.choice([n for _, n, _ in MODULES])
        m = MODINFO[name]
        ver = r.choice(m["versions"])
        status = "installed"
        decision = f"Installed as `{name}/{ver}` on {', '.join(m['clusters'])}."
    else:
        name = r.choice(REQ_EXTRA)
        ver = f"{r.randint(1, 5)}.{r.randint(0, 9)}"
        status = r.choice(["declined", "user install advised"])
        decision = {"declined": r.choice(["Declined: desktop software without a batch mode; use it on your own workstation.",
                                          "Declined: the licence does not allow installation on shared systems."]),
                    "user install advised": r.choice(["Not installed centrally. Install it in your own conda environment (see *Module: conda*).",
                                                      "Not installed centrally. Use the upstream Apptainer image (see *Module: apptainer*)."])}[status]
    L = [f"# Software request {sid}: {name} {ver}", f"Date: {date}", ""]
    L += [f"- Requested by: {req}", f"- Package: {name}", f"- Version requested: {ver}", f"- Status: {status}", ""]
    L.append("## Request")
    L.append("")
    L.append(r.choice([f"The requester needs {name} {ver} for a project workflow and asked for a central installation instead of a personal build.",
                       f"{req} asked for {name} version {ver} because a collaborator's pipeline depends on it.",
                       f"Request for {name} {ver} to reproduce published results; the requester had tried a local build without success."]))
    L.append("")
    L.append("## Decision")
    L.append("")
    L.append(decision)
    L.append("")
    L.append(r.choice(["Requests are handled in the order received; typical turnaround is 5 working days.",
                       "To request software, open a ticket in HaldenDesk with the category *Software installation*.",
                       "Software requests are reviewed at the weekly software meeting on Thursdays."]))
    L.append("")
    L.append("## Timeline")
    L.append("")
    closed = (d(date) + dt.timedelta(days=r.randint(2, 12))).isoformat()
    L.append(f"- Received: {date}")
    L.append(f"- Closed: {min(closed, '2026-11-09')}")
    L.append("")
    L.append("Central installations are built for the current default software stack and tested on a compute node before the request is closed. Older stacks are not updated.")
    write(f"software-request-{sid.lower()}.md", "\n".join(L))

# ---------------------------------------------------------------- news: new modules
r0 = rng_for("news")
news_dates = sorted(set(rand_date(r0, "2025-02-01", "2026-11-05") for _ in range(40)))
for date in news_dates:
    r = rng_for("news-" + date)
    picks = r.sample([n for _, n, _ in MODULES if n not in DEFAULT_CHANGES], r.randint(3, 6))
    L = [f"# News: new and updated modules ({date})", f"Date: {date}", ""]
    L.append(r.choice(["The following modules were added this week:", "New software is available on the clusters:",
                       "Recent module installations:"]))
    L.append("")
    L.append("| Module | Version | Cluster |")
    L.append("|---|---|---|")
    for n in picks:
        m = MODINFO[n]
        L.append(f"| {n} | {r.choice(m['versions'])} | {', '.join(m['clusters'])} |")
    L.append("")
    L.append(r.choice(["Run `module spider <name>` to see all versions.", "Defaults are unchanged unless noted on the module page.",
                       "Missing something? Open a software request in HaldenDesk."]))
    L.append("")
    L.append("New modules are built in the current default stack and appear in `module avail` immediately. Each module has its own page (*Module: <name>*) with versions, the default version and known issues. Report problems with new installations through HaldenDesk.")
    write(f"news-{date}-new-modules.md", "\n".join(L))

json.dump(dict(projects=PROJECTS, modules=MODINFO, howto=HOWTO_APPS), open(os.path.join(os.path.dirname(__file__), "entities.json"), "w"), indent=1)
print("generated", len(WRITTEN))
