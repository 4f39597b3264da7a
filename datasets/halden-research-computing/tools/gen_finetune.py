#!/usr/bin/env python3
"""Generate fine-tuning examples (skills + house formats; facts all in the user message; entities NOT from the corpus)."""
import json, random, os

SYSTEM = ("You are the writing assistant of a university Research Computing (HPC) team. You help help-desk staff and "
          "researchers with four tasks, each in the team's house format: (1) help-desk ticket replies, (2) Slurm batch-script "
          "reviews, (3) announcement e-mails to cluster users, (4) allocation-request summaries for the allocation committee. "
          "Use only the facts given in the request (limits, dates, versions, names, error messages). Do not invent limits or "
          "dates; if something the answer needs is missing, say so briefly instead of guessing.")

R = random.Random(20260415)
FN = ["Marit", "Joakim", "Selin", "Arvid", "Beatriz", "Kenji", "Olena", "Tobias", "Siri", "Hugo", "Noor", "Viktor", "Agnes",
      "Filip", "Leila", "Mikkel", "Runa", "Samir", "Tuva", "Wojciech", "Ylva", "Dario", "Heidi", "Ismail", "Johanne", "Kasper"]
LN = ["Aune", "Bakken", "Cortes", "Dyrnes", "Engen", "Fjeld", "Grande", "Hoel", "Isaksen", "Jacobs", "Kolstad", "Lunde",
      "Myklebust", "Nakamura", "Ottesen", "Pires", "Quist", "Rød", "Skog", "Thorsen", "Uddin", "Vangen", "Wiik", "Yilmaz"]
CLUSTERS = ["Osprey", "Kestrel", "Lomond", "Corrie", "Merlin", "Tarn", "Heron", "Skerry"]
UIDS = lambda: f"{R.choice('abcdefghjk')}{R.choice('mnprstvw')}{R.choice('aeiou')}{R.randint(100, 999)}"

def person():
    return R.choice(FN), R.choice(LN)

def ticket():
    return f"{R.randint(300000, 899999)}"

def typo(s):
    if R.random() < 0.25:
        words = s.split(" ")
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = R.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        s = " ".join(words)
    return s

# ------------------------------------------------------------------ family 1: ticket replies
def reply(first, what, todo, tid, closing=None):
    closing = closing or R.choice(["If it still fails after this, reply to this ticket with the new job ID and we will look again.",
                                   "Reply to this ticket if anything is unclear.",
                                   "If the problem comes back, just reply here and keep the ticket number in the subject."])
    steps = "\n".join(f"{i}. {s}" for i, s in enumerate(todo, 1))
    return (f"Hello {first},\n\nThanks for contacting Research Computing.\n\n**What happened**\n{what}\n\n**What to do**\n{steps}\n\n"
            f"{closing}\n\n— Research Computing Help Desk, ticket #{tid}")

def t_oom():
    f, l = person(); tid = ticket(); cl = R.choice(CLUSTERS); jid = R.randint(1000000, 9999999)
    req = R.choice([8, 16, 32, 64]); peak = round(req * R.uniform(1.05, 1.6), 1); newm = int(peak * 1.2 + 0.99)
    node = R.choice([256, 384, 512])
    err = f"slurmstepd: error: Detected 1 oom_kill event in StepId={jid}.batch. Some of your processes may have been killed by the cgroup out-of-memory handler."
    u = R.choice([
        f"draft a reply for ticket {tid}. user {f} {l} on {cl}, job {jid} died:\n```\n{err}\n```\nsacct says ReqMem={req}G MaxRSS={peak}G. nodes there have {node} GB.",
        f"Can you write the ticket reply? Ticket #{tid}, from {f} {l}. Their job {jid} on {cl} asked for --mem={req}G and peaked at {peak}G according to seff. Error:\n```\n{err}\n```\nNode memory on {cl} is {node} GB.",
        f"ticket {tid} / {f} ({cl})\n- job {jid} OOM killed\n- requested {req}G, seff peak {peak}G\n- node size {node}G\nreply pls",
    ])
    what = f"Job {jid} used about {peak} GB of memory but asked for {req} GB, so Slurm's out-of-memory handler stopped it. Nothing is wrong with the node or your data."
    todo = [f"Raise the memory request to about 20% above the peak, e.g. `#SBATCH --mem={newm}G`.",
            f"That is well within the {node} GB of a {cl} node, so the job will still fit on one node.",
            f"After the next run, check the real peak with `seff <jobid>` and trim the request if it is much lower."]
    return u, reply(f, what, todo, tid)

def t_timeout():
    f, l = person(); tid = ticket(); cl = R.choice(CLUSTERS); jid = R.randint(1000000, 9999999)
    part = R.choice(["compute", "batch", "standard"]); maxd = R.choice([2, 3, 4]); req = R.choice(["12:00:00", "1-00:00:00", "18:00:00"])
    u = R.choice([
        f"Reply for ticket #{tid}. {f} {l} says their {cl} job {jid} was 'cancelled due to time limit' after {req}. Partition {part}, which allows {maxd} days max. They think it needs ~30 h.",
        f"ticket {tid}: user {f} — job {jid} on {part} ({cl}) hit TIME LIMIT at {req}. {part} max walltime = {maxd}-00:00:00. Expected runtime about 30 hours. write the answer",
    ])
    what = f"Job {jid} asked for `--time={req}` and Slurm stopped it when that time ran out. The {part} partition allows up to {maxd} days, so the job can ask for more."
    todo = [f"Set `#SBATCH --time=1-12:00:00` (36 hours) to cover the ~30 hours plus a margin; this is under the {maxd}-day limit of {part}.",
            "If your program can write checkpoints, enable them so a future time-out does not lose all the work.",
            "Resubmit with `sbatch`."]
    return u, reply(f, what, todo, tid)

def t_purge():
    f, l = person(); tid = ticket(); cl = R.choice(CLUSTERS); days = R.choice([21, 30, 45, 90]); fs = R.choice(["/scratch", "/work", "/fastdata"])
    u = R.choice([
        f"ticket {tid} from {f} {l}: 'my simulation outputs in {fs}/{UIDS()}/runs disappeared!! nobody told me'. On {cl}, {fs} purges files not accessed in {days} days, warning mail goes out 7 days before, no backup. Project space is /proj. Draft reply, be kind",
        f"Please draft ticket reply #{tid}. Researcher {f} lost files in {fs} on {cl}. Policy: purge after {days} days without access, e-mail warning a week ahead, {fs} is not backed up. They should use /proj for keeping data.",
    ])
    what = f"Files in {fs} on {cl} that have not been accessed for {days} days are removed automatically, and {fs} has no backup. A warning e-mail goes out 7 days before the deletion; the files in your runs directory had passed the {days}-day mark."
    todo = ["Unfortunately the deleted files cannot be restored, because the file system is not backed up.",
            "Keep results you need in your project space `/proj` and copy them there as soon as a run finishes.",
            "Watch for the warning e-mail; it lists the directories due for deletion a week in advance."]
    return u, reply(f, what, todo, tid, "We are sorry for the lost work. Reply to this ticket if you want help setting up a copy step in your job scripts.")

def t_module():
    f, l = person(); tid = ticket(); cl = R.choice(CLUSTERS)
    mod = R.choice(["netcdf", "fftw", "boost", "hdf5", "julia", "octave"]); old = f"{R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 5)}"
    new = old.rsplit(".", 1)[0] + "." + str(int(old[-1]) + 2); stack = R.choice(["2025a", "24.1", "legacy"])
    err = f'Lmod has detected the following error:  The following module(s) are unknown: "{mod}/{old}"'
    u = R.choice([
        f"ticket {tid}, {f} {l}, {cl}:\n```\n{err}\n```\nwe moved to the new stack last week. {mod}/{old} is still in the old stack, load with `module load stack/{stack}` first. new default {mod}/{new}.",
        f"Draft please — #{tid}. {f}'s script stopped working after the stack change on {cl}. Error: `{err}`. Notes: old version only via stack/{stack}; current default is {new}.",
    ])
    what = f"{cl} switched to a new software stack, and `{mod}/{old}` is not part of it. It still exists in the old stack, which is why Lmod cannot find it by default."
    todo = [f"Quick fix: add `module load stack/{stack}` before `module load {mod}/{old}` in your job script.",
            f"Better long-term: move to `{mod}/{new}`, the current default, and rebuild anything you compiled against {old}.",
            f"Use `module spider {mod}` to see every version and how to load it."]
    return u, reply(f, what, todo, tid)

def t_alloc():
    f, l = person(); tid = ticket(); proj = f"prj-{R.randint(1000, 9999)}"; used = R.choice([200000, 500000, 1200000])
    u = R.choice([
        f"ticket {tid}. {f} {l} jobs pending forever with reason AssocGrpCPUMinutesLimit. account {proj}: {used:,} of {used:,} core-h used, period ends next month. PI can apply for an extension via the portal.",
        f"Write reply #{tid}: user {f} asks why jobs under {proj} don't start. squeue reason (AssocGrpCPUMinutesLimit). Usage report shows the whole {used:,} core-hour allocation is spent. Extension requests go through the portal by the PI.",
    ])
    what = f"Project {proj} has used its whole allocation of {used:,} core-hours for this period. Slurm holds new jobs with the reason `AssocGrpCPUMinutesLimit` until more time is available."
    todo = ["Ask your PI to request extra core-hours through the allocation portal.",
            "Your pending jobs will start by themselves once time is added or the new period begins; you do not need to resubmit.",
            "If you are a member of another project with time left, you can resubmit with that `--account` instead."]
    return u, reply(f, what, todo, tid)

def t_maint():
    f, l = person(); tid = ticket(); cl = R.choice(CLUSTERS); day = R.choice(["Wednesday", "Thursday", "Tuesday"]); date = f"2025-0{R.randint(2, 9)}-{R.randint(10, 28)}"
    u = R.choice([
        f"{tid} — {f} {l}: job pending with '(ReqNodeNotAvail, Reserved for maintenance)', asked --time=5-00:00:00. maintenance on {cl} is {day} {date} 08:00-16:00, i.e. in 3 days.",
        f"can u draft reply for #{tid}? {f} asks why their 5-day job on {cl} won't start. Reason ReqNodeNotAvail, Reserved for maintenance. Window: {date} 08:00-16:00 ({day}), three days from now.",
    ])
    what = f"There is a maintenance window on {cl} on {date} from 08:00 to 16:00. Your job asks for 5 days, so it would still be running when the window starts, and Slurm will not start jobs that overlap the reservation."
    todo = [f"If the job can finish in under 3 days, lower `--time` so it ends before {date} 08:00; it can then start now.",
            "Otherwise leave it in the queue: it will start automatically after the window ends at 16:00."]
    return u, reply(f, what, todo, tid)

def t_gpu():
    f, l = person(); tid = ticket(); part = R.choice(["gpu-a40", "gpu-l40s", "accel"]); g = part.split("-")[-1] if "-" in part else "a40"
    u = R.choice([
        f"ticket {tid} {f} {l}\n```\nsbatch: error: Partition {part} requires --gpus-per-node or --gres=gpu\n```\nthey used #SBATCH -p {part} but no gpu request. syntax here is --gpus-per-node={g}:N",
        f"Reply to {f} (#{tid}): submission to {part} rejected, 'requires --gpus-per-node'. Correct form on our system: --gpus-per-node={g}:1 for one GPU.",
    ])
    what = f"The {part} partition only accepts jobs that ask for at least one GPU. Your script chose the partition but did not request a GPU, so sbatch rejected it."
    todo = [f"Add `#SBATCH --gpus-per-node={g}:1` (or `{g}:2` etc. for more GPUs).",
            "Inside the job, `nvidia-smi` should now list the GPU; check it once before running the full workload."]
    return u, reply(f, what, todo, tid)

def t_ssh():
    f, l = person(); tid = ticket(); mins = R.choice([15, 30, 60]); n = R.choice([5, 8, 10]); cl = R.choice(CLUSTERS)
    u = R.choice([
        f"ticket {tid}: {f} {l} can't log in to {cl}, 'Permission denied (publickey,keyboard-interactive)'. Logs show {n}+ failed attempts from their IP -> auto block {mins} min. Their key is fine.",
        f"#{tid} — {f} locked out of {cl} after too many failed logins ({n} allowed), block lasts {mins} minutes. draft a reply",
    ])
    what = f"After {n} failed login attempts our systems block the address they came from for {mins} minutes. Your address reached that limit, so every attempt is refused for now, even with the right key."
    todo = [f"Wait {mins} minutes before trying again.", "Make sure you type the current MFA code; expired codes count as failed attempts.",
            "If you still cannot log in after the block has expired, reply with the time of your attempt and your IP address."]
    return u, reply(f, what, todo, tid)

TICKET_GENS = [t_oom, t_timeout, t_purge, t_module, t_alloc, t_maint, t_gpu, t_ssh]

# ------------------------------------------------------------------ family 2: script review
def review(jobname, findings, verdict):
    lines = [f"**Script review — {jobname}**", ""]
    for i, (sev, text, fix) in enumerate(findings, 1):
        lines.append(f"{i}. [{sev}] {text}")
        lines.append(f"   Fix: {fix}")
    c = {s: sum(1 for x in findings if x[0] == s) for s in ("HIGH", "MED", "LOW")}
    lines.append("")
    lines.append(f"Overall: {len(findings)} findings ({c['HIGH']} HIGH, {c['MED']} MED, {c['LOW']} LOW). {verdict}")
    return "\n".join(lines)

def s_review():
    jobname = R.choice(["relax_md", "wrf_d02", "bert_ft", "assembly", "mc_scan", "cfd_mesh3", "gwas_chr", "qe_scf", "lbm_run", "rnaseq"])
    part = R.choice(["compute", "batch", "standard", "himem", "gpu-a40"])
    maxwall_d = R.choice([1, 2, 3, 5]); cores = R.choice([48, 64, 128]); mem = R.choice([192, 256, 512])
    gpu = part.startswith("gpu")
    limits = {"part": part, "maxwall": f"{maxwall_d}-00:00:00", "cores": cores, "mem": mem}
    issues = R.sample(["time", "mem", "account", "tasks", "purge", "unpinned", "home", "mpirun", "nogpu" if gpu else "omp", "notime"], R.randint(2, 4))
    if "time" in issues and "notime" in issues:
        issues.remove("notime")
    acc = f"prj-{R.randint(1000, 9999)}"
    S = ["#!/bin/bash", f"#SBATCH --job-name={jobname}", f"#SBATCH --partition={part}"]
    if "account" not in issues: S.append(f"#SBATCH --account={acc}")
    if "time" in issues: S.append(f"#SBATCH --time={maxwall_d + R.randint(1, 3)}-00:00:00")
    elif "notime" not in issues: S.append(f"#SBATCH --time={max(1, maxwall_d - 1)}-00:00:00")
    S.append("#SBATCH --nodes=1")
    ntasks = cores * 2 if "tasks" in issues else cores
    S.append(f"#SBATCH --ntasks-per-node={ntasks if not gpu else 1}")
    if "omp" in issues: S.append("#SBATCH --cpus-per-task=1")
    if gpu and "nogpu" not in issues: S.append("#SBATCH --gpus-per-node=a40:1")
    memreq = mem + R.choice([64, 128]) if "mem" in issues else mem // 2
    S.append(f"#SBATCH --mem={memreq}G")
    S.append("")
    if "purge" not in issues: S.append("module purge")
    mod = R.choice(["gromacs", "wrf", "pytorch", "spades", "quantum-espresso", "openfoam"])
    S.append(f"module load {mod}" if "unpinned" in issues else f"module load {mod}/{R.randint(2, 9)}.{R.randint(0, 9)}")
    if "omp" in issues: S.append("export OMP_NUM_THREADS=16")
    outdir = "$HOME/results" if "home" in issues else "/scratch/$USER/" + jobname
    S.append(f"cd {outdir}")
    S.append("mpirun -np 64 ./app input.in" if "mpirun" in issues else "srun ./app input.in")
    script = "\n".join(S)
    lim_txt = R.choice([
        f"limits on {part}: max wall {maxwall_d}-00:00:00, {cores} cores and {mem} GB per node; --account is mandatory; default time if unset is 1 hour",
        f"Partition {part}: {maxwall_d} days max, nodes = {cores} cores / {mem} GB. account required. no --time => 01:00:00.",
    ])
    F = []
    if "account" in issues: F.append(("HIGH", "No `--account` line; the cluster requires it and sbatch will reject the job.", f"add `#SBATCH --account=<your project>`"))
    if "time" in issues:
        bad = [x for x in S if "--time" in x][0].split("=")[1]
        F.append(("HIGH", f"`--time={bad}` is longer than the {maxwall_d}-day maximum of `{part}`; the job will be rejected.", f"use `--time={maxwall_d}-00:00:00` or less and checkpoint if the run needs longer"))
    if "mem" in issues: F.append(("HIGH", f"`--mem={memreq}G` is more than the {mem} GB a node has; the job can never start.", f"request at most about {mem - 10}G, or move to a larger-memory partition"))
    if "tasks" in issues: F.append(("HIGH", f"`--ntasks-per-node={ntasks}` is more than the {cores} cores of a node.", f"set `--ntasks-per-node={cores}` or use `--nodes=2`"))
    if "nogpu" in issues: F.append(("HIGH", f"`{part}` is a GPU partition but the script requests no GPU; the submission will fail.", "add `#SBATCH --gpus-per-node=a40:1`"))
    if "notime" in issues: F.append(("MED", "No `--time` given, so the job gets the 1-hour default and will probably be killed early.", f"set an explicit `--time` up to {maxwall_d}-00:00:00"))
    if "mpirun" in issues: F.append(("MED", "`mpirun -np 64` ignores the Slurm allocation and hard-codes the rank count.", "launch with `srun ./app input.in`; Slurm takes the task count from the header"))
    if "omp" in issues: F.append(("MED", "`OMP_NUM_THREADS=16` but `--cpus-per-task=1`; the 16 threads will share one core.", "set `--cpus-per-task=16` and `export OMP_NUM_THREADS=$SLURM_CPUS_PER_TASK`"))
    if "unpinned" in issues: F.append(("MED", f"`module load {mod}` has no version; results can change when the default moves.", f"pin the version, e.g. `module load {mod}/<version>`"))
    if "home" in issues: F.append(("MED", "The job works in `$HOME/results`; home is small and slow for job I/O.", "run in `/scratch/$USER/...` and copy final results to project space"))
    if "purge" in issues: F.append(("LOW", "No `module purge` before loading modules; modules from your login shell can leak into the job.", "add `module purge` before the first `module load`"))
    order = {"HIGH": 0, "MED": 1, "LOW": 2}
    F.sort(key=lambda x: order[x[0]])
    highs = sum(1 for x in F if x[0] == "HIGH")
    verdict = "Fix the HIGH items before submitting; the job will not run as written." if highs else "The job will run, but fix the MED items for reliability."
    u = R.choice([
        f"review this pls ({lim_txt})\n```bash\n{script}\n```",
        f"Can you review my job script before I submit? {lim_txt.capitalize()}.\n\n```bash\n{script}\n```",
        f"Script review for a user. Facts: {lim_txt}.\n```\n{script}\n```",
        f"```bash\n{script}\n```\nreview against: {lim_txt}",
    ])
    return typo(u) if R.random() < 0.3 else u, review(jobname, F, verdict)

# ------------------------------------------------------------------ family 3: announcement e-mails
def email(subject, audience, summary, when, changes, todo):
    w = "\n".join(f"- {x}" for x in when)
    c = "\n".join(f"- {x}" for x in changes)
    t = "\n".join(f"- {x}" for x in todo)
    return (f"Subject: [RC] {subject}\n\nDear {audience},\n\n{summary}\n\n**When**\n{w}\n\n**What changes**\n{c}\n\n**What you need to do**\n{t}\n\n"
            f"Questions? Reply to this e-mail or open a help-desk ticket.\n\nResearch Computing")

def e_maint():
    cl = R.choice(CLUSTERS); date = f"2025-{R.randint(1, 12):02d}-{R.randint(10, 28)}"; st, en = R.choice([("07:00", "17:00"), ("08:00", "16:00"), ("09:00", "13:00")])
    work = R.sample(["firmware upgrade on the storage servers", "scheduler upgrade", "kernel security patches", "replacement of a network switch", "GPU driver update"], 2)
    full = R.random() < 0.5
    u = R.choice([
        f"announcement email: {cl} maintenance {date} {st}-{en}. work: {work[0]}, {work[1]}. {'full outage incl login nodes' if full else 'login nodes stay up, no jobs run'}. reservation blocks jobs overlapping the window.",
        f"Please write the user e-mail for the {cl} maintenance window on {date}, {st} to {en}. Planned: {work[0]}; {work[1]}. Impact: {'everything down' if full else 'logins and file access OK, compute nodes unavailable'}.",
    ])
    return u, email(f"{cl} maintenance on {date}, {st}-{en}", f"{cl} users",
                    f"{cl} has a scheduled maintenance window on {date}.",
                    [f"{date}, {st} to {en}"],
                    [f"Planned work: {work[0]} and {work[1]}.",
                     "Full outage: login nodes, compute nodes and file systems are unavailable." if full else "Login nodes and file access stay available; no jobs run during the window."],
                    ["Jobs whose requested wall time would overlap the window will wait until it ends; shorten `--time` if you want them to run before.",
                     "Save open work before the window starts." if full else "No action is needed for files."])

def e_limit():
    cl = R.choice(CLUSTERS); part = R.choice(["long", "compute", "bigmem", "serial"]); old = R.choice([10, 14, 21]); new = R.choice([5, 7]); date = f"2025-{R.randint(1, 12):02d}-01"
    u = R.choice([
        f"write [RC] mail: on {cl}, max walltime of '{part}' goes from {old} days to {new} days from {date}. jobs already queued keep old limit. tell people to checkpoint",
        f"Need a user announcement. {part} partition ({cl}) wall-time limit: {old}d -> {new}d, effective {date}. Existing queued jobs unaffected. Suggest checkpointing.",
    ])
    return u, email(f"Maximum wall time on {part} reduced to {new} days from {date}", f"{cl} users",
                    f"The maximum wall time on the `{part}` partition changes on {date}.",
                    [f"From {date}"],
                    [f"Maximum wall time on `{part}`: {old} days ({old}-00:00:00) becomes {new} days ({new}-00:00:00).",
                     "Jobs submitted before the change keep their requested time."],
                    [f"Set `--time={new}-00:00:00` or less in scripts for `{part}`; longer requests will be rejected.",
                     "Add checkpointing to runs that need more than the new limit."])

def e_purge():
    cl = R.choice(CLUSTERS); fs = R.choice(["/scratch", "/work"]); old = R.choice([45, 60, 90]); new = R.choice([21, 30]); date = f"2025-{R.randint(1, 12):02d}-01"
    u = R.choice([
        f"email to all {cl} users: {fs} purge period changing {old}->{new} days without access, starting {date}. no exemptions. tool to list at-risk files: `purgelist`",
        f"Draft the announcement: from {date} the {fs} purge on {cl} deletes files unused for {new} days (currently {old}). Users can check with purgelist. No exceptions granted.",
    ])
    return u, email(f"{fs} purge period shortened to {new} days", f"{cl} users",
                    f"The automatic purge on `{fs}` becomes stricter on {date}.",
                    [f"From {date}"],
                    [f"Files on `{fs}` not accessed for {new} days will be deleted (today: {old} days).", "No exemptions are granted."],
                    [f"Run `purgelist` to see which files are at risk.", f"Move data you want to keep from `{fs}` to project or archive storage before {date}."])

def e_new_part():
    cl = R.choice(CLUSTERS); part = R.choice(["gpu-l40s", "gpu-mi300", "himem2", "gpu-b200"]); n = R.choice([4, 6, 8, 16]); wall = R.choice(["12:00:00", "1-00:00:00", "2-00:00:00"]); date = f"2025-{R.randint(1, 12):02d}-{R.randint(10, 28)}"
    acc = R.choice(["all projects", "projects with an allocation on the new nodes"])
    u = R.choice([
        f"announce new partition {part} on {cl}, opens {date}. {n} nodes, max wall {wall}, access: {acc}.",
        f"Could you draft the [RC] e-mail? New partition: {part}. Cluster {cl}. Open from {date}. {n} nodes. Wall limit {wall}. Who: {acc}.",
    ])
    return u, email(f"New partition {part} on {cl} from {date}", f"{cl} users",
                    f"A new partition, `{part}`, opens on {cl}.",
                    [f"Open from {date}"],
                    [f"`{part}`: {n} nodes, maximum wall time {wall}.", f"Access: {acc}."],
                    [f"Submit with `#SBATCH --partition={part}`.", "Test with a short job first and report problems to the help desk."])

def e_default():
    cl = R.choice(CLUSTERS); date = f"2025-{R.randint(1, 12):02d}-01"
    mods = R.sample([("gcc", "11.2.0", "12.2.0"), ("python", "3.10.4", "3.11.5"), ("openmpi", "4.1.2", "4.1.6"), ("cuda", "11.7.0", "12.1.1"), ("netcdf", "4.8.1", "4.9.2")], 3)
    tbl = "; ".join(f"{m} {a} -> {b}" for m, a, b in mods)
    u = R.choice([
        f"[RC] email re new default module versions on {cl} from {date}: {tbl}. old versions still loadable by explicit version.",
        f"We change defaults on {date} ({cl}). {tbl}. Pinned versions keep working. write it up for users",
    ])
    return u, email(f"New default module versions on {cl} from {date}", f"{cl} users",
                    f"Several default module versions change on {cl} on {date}.",
                    [f"From {date}"],
                    [f"`{m}`: default {a} becomes {b}." for m, a, b in mods] + ["Old versions stay available when loaded with an explicit version."],
                    ["Scripts that load a module without a version will get the new default; pin versions if you need the old ones.",
                     "Rebuild your own code against the new compiler and MPI defaults."])

EMAIL_GENS = [e_maint, e_limit, e_purge, e_new_part, e_default]

# ------------------------------------------------------------------ family 4: allocation summaries
def a_summary():
    f, l = person(); dept = R.choice(["Chemistry", "Marine Biology", "Physics", "Informatics", "Geography", "Psychology", "Mechanical Engineering"])
    title = R.choice(["Machine-learned potentials for battery electrolytes", "Storm surge ensembles for the west coast", "Cohort genomics of river trout",
                      "Turbulent mixing in stratified lakes", "Speech recognition for minority languages", "Protein design with diffusion models",
                      "Crowd evacuation agent models", "Galaxy merger simulations", "Microbial mats metagenomics"])
    pid = f"prj-{R.randint(1000, 9999)}"
    core = R.choice([300000, 800000, 2000000, 4500000, 7000000]); gpu = R.choice([0, 0, 5000, 20000, 60000]); store = R.choice([10, 20, 40, 80, 250])
    scaling = R.random() < 0.7; prior = R.choice([None, 0.35, 0.8, 0.95]); dmp = R.random() < 0.7
    rule_core = R.choice([5000000, 3000000]); rule_store = R.choice([20, 50]); maxstore = 200
    notes = [f"PI {f} {l}, {dept}", f"project {title} ({pid})", f"asks {core:,} core-h" + (f" + {gpu:,} GPU-h" if gpu else "") + f", {store} TB storage",
             "scaling test attached (efficiency 78% at 8 nodes)" if scaling else "no scaling data", 
             f"previous allocation used {int(prior * 100)}%" if prior is not None else "new applicant",
             "DMP attached" if dmp else "no DMP",
             f"call rules: >{rule_core:,} core-h needs technical review; storage >{rule_store} TB needs DMP; max {maxstore} TB"]
    R.shuffle(notes[3:6])
    u = R.choice([
        "summary for committee:\n" + "\n".join(f"- {n}" for n in notes),
        "Please write the allocation summary. " + "; ".join(notes) + ".",
        "committee summary pls — " + ", ".join(notes),
    ])
    res = f"{core:,} core-hours" + (f", {gpu:,} GPU-hours" if gpu else "") + f", {store} TB project storage"
    just = []
    just.append("Scaling evidence provided (78% efficiency at 8 nodes)." if scaling else "No scaling evidence provided.")
    if prior is None: just.append("New applicant; no earlier use to assess.")
    else: just.append(f"Used {int(prior * 100)}% of the previous allocation.")
    just.append("Data management plan attached." if dmp else "No data management plan.")
    issues = []
    if core > rule_core: issues.append(f"request exceeds {rule_core:,} core-hours and needs a technical review")
    if store > maxstore: issues.append(f"storage above the {maxstore} TB maximum; cap at {maxstore} TB")
    elif store > rule_store and not dmp: issues.append(f"storage above {rule_store} TB requires a DMP")
    if not scaling and core > 1000000: issues.append("scaling evidence needed for a request of this size")
    if prior is not None and prior < 0.5: issues.append(f"low use of the previous allocation ({int(prior * 100)}%); consider a smaller award")
    if not issues: rec = "APPROVE — request is within the call rules and well justified."
    elif len(issues) >= 3: rec = "DECLINE — " + "; ".join(issues) + ". Invite resubmission in the next call."
    else: rec = "APPROVE WITH CHANGES — " + "; ".join(issues) + "."
    out = (f"**Allocation request summary**\n\nPI: {f} {l} ({dept})\nProject: {title} ({pid})\nResources asked: {res}\n"
           f"Justification: {' '.join(just)}\nRecommendation: {rec}")
    return typo(u) if R.random() < 0.3 else u, out

def build(gen_list, n, seen):
    out = []
    while len(out) < n:
        g = gen_list[len(out) % len(gen_list)] if isinstance(gen_list, list) else gen_list
        u, a = g()
        if u in seen: continue
        seen.add(u)
        out.append({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u}, {"role": "assistant", "content": a}]})
    return out

seen = set()
train, val = [], []
for gens in (TICKET_GENS, [s_review], EMAIL_GENS, [a_summary]):
    ex = build(gens, 30, seen)
    train += ex[:25]; val += ex[25:]
R.shuffle(train); R.shuffle(val)
D = os.path.join(os.path.dirname(__file__), "..", "finetune")
with open(os.path.join(D, "train.jsonl"), "w") as fh:
    for e in train: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(D, "validation.jsonl"), "w") as fh:
    for e in val: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
print(len(train), len(val))
