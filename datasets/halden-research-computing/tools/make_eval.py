#!/usr/bin/env python3
"""Write eval/routing.jsonl, eval/qa.jsonl and tools/label-notes.md. Each rag/both item lists (source doc, grep-able fact)."""
import json, os, random
B = os.path.join(os.path.dirname(__file__), "..")

# (query, route, source, fact-to-grep)
ROUTING = [
# ---------------- rag (30)
("how long do files survive on /scratch these days before the purge gets them?", "rag", "policy-scratch-purge.md", "accessed for 30 days"),
("Default /project quota for a new project?", "rag", "policy-project-storage-quota.md", "Every project gets **20 TB**"),
("max walltime on the long partition on tinden", "rag", "partition-long.md", "| Maximum wall time | 7-00:00:00 |"),
("When did the gpu-h100 partition open, and how many H100 nodes are in it?", "rag", "notice-2026-06-15-gpu-h100-open.md", "12 x tn-gpu-h100"),
("is Brenna still around? I have some old scripts pointing at br-normal", "rag", "cluster-brenna-retired.md", "It was retired on 2026-07-31."),
("which samtools version do I get with a plain module load samtools", "rag", "module-samtools.md", "Default version: **1.20**"),
("lammps 7Feb2024 — KOKKOS package missing?? is that known", "rag", "module-lammps.md", "The `7Feb2024` build has the KOKKOS package disabled"),
("Who's the PI on hal-p1113 and how many H100 hours does that project have?", "rag", "project-hal-p1113.md", "H100 GPU: 40,000 GPU-hours"),
("deadline for the 2026 autumn allocation call", "rag", "alloc-call-2026-autumn.md", "| Deadline | 2026-10-15, 12:00 |"),
("What time does the online Slurm Basics session on 17 December start?", "rag", "course-slurm-basics-2026-12-17.md", "| Start | 12:30 |"),
("INC-2026-026 — what actually caused it?", "rag", "incident-2026-10-02-tinden-slurmctld.md", "the controller ran out of memory while processing a very large job array"),
("home quota + how long are home snapshots kept?", "rag", "storage-home.md", "snapshots are kept 14 days"),
("Our Fluent jobs just sit in the queue held. Is there some licence flag we need for ansys-fluent?", "rag", "module-ansys-fluent.md", "#SBATCH -L ansys_hpc:N"),
("How many H100 GPUs can one user have running at the same time?", "rag", "qos-gpu-h100.md", "max 8 H100 GPUs in use per user"),
("how much RAM on a tn-bigmem node", "rag", "node-tn-bigmem.md", "| Memory | 1.5 TB DDR5 |"),
("which day of the month is the regular Tinden maintenance and what hours", "rag", "policy-maintenance-windows.md", "first Wednesday of every month | 07:00-17:00"),
("getting `PMI2_Init failed to initialize` since september with openmpi, what's the cause?", "rag", "faq-error-pmi2-init.md", "does not support PMI-2"),
("sk-hugemem wall time limit?", "rag", "partition-sk-hugemem.md", "| Maximum wall time | 2-00:00:00 |"),
("What's the Globus endpoint name for Tinden", "rag", "howto-transfer-data.md", "halden#tinden-dtn"),
("fair-share half life on our slurm setup", "rag", "job-priority-and-fair-share.md", "half-life of 14 days"),
("The Tinden maintenance on 2 December is longer than usual — until when, and what are they doing?", "rag", "notice-2026-11-06-tinden-extended-maintenance-2026-12-02.md", "from 07:00 to 20:00"),
("How many jobs were affected by the September /scratch outage on Tinden?", "rag", "incident-2026-09-17-tinden-scratch-outage.md", "| Jobs affected | 2,140 |"),
("what do you get with a startup allocation", "rag", "policy-allocation.md", "50,000 core-hours and 1,000 A100 GPU-hours"),
("was SR-2026-030 (jupyterlab) actually installed, and on which clusters", "rag", "software-request-sr-2026-030.md", "Installed as `jupyterlab/9.1` on Tinden, Skarven."),
("Can pseudonymised patient data go on /scratch on Tinden if the key is kept elsewhere?", "rag", "policy-sensitive-data.md", "Pseudonymised data count as red unless the key is destroyed."),
("preempt partition - is it charged at the full rate?", "rag", "policy-allocation.md", "charged at 25% of the normal rate"),
("ran conda init on the login node and now `module` is broken in my batch jobs. why does that happen", "rag", "module-conda.md", "it rewrites `~/.bashrc` and breaks `module` in batch jobs"),
("python default in stack 2026b?", "rag", "notice-2026-08-18-software-stack-2026b.md", "| python | 3.11.7 | 3.12.4 |"),
("Does cuda/11.8.0 work on the H100 nodes?", "rag", "module-cuda.md", "`cuda/11.8.0` does not support the H100 nodes"),
("until when can I still load stack/2026a", "rag", "using-the-module-system.md", "loadable until 2027-03-01"),
# ---------------- both (30)
("draft a reply for ticket 771203. user kvh012 says a whole sim directory in /scratch vanished, last touched ~6 weeks ago, nobody warned them. explain the current purge rule", "both", "policy-scratch-purge.md", "accessed for 30 days"),
("Ticket #640112 — user submitted to long with --time=10-00:00:00 and got QOSMaxWallDurationPerJobLimit. Write the help desk reply with the right limit.", "both", "partition-long.md", "| Maximum wall time | 7-00:00:00 |"),
("reply pls, ticket 603318: 'my venv stopped working, module load python gives a different version now??' explain what changed with the default and what they need to do", "both", "module-python.md", "Virtual environments created with `python/3.11.7` must be recreated"),
("Help desk reply for #559010: user gets 'Invalid qos specification' submitting to gpu-h100. Tell them why and how they can get H100 time.", "both", "faq-error-invalid-qos.md", "submitting to `gpu-h100` without an H100 allocation"),
("ticket 618872 from a chemistry postdoc:\n```\nPMI2_Init failed to initialize.  Return code: 14\n```\nthey launch with `srun --mpi=pmi2 ./cp2k.psmp` and the default openmpi. write the reply", "both", "module-openmpi.md", "launch MPI programs with `srun --mpi=pmix`"),
("Ticket 612388: PI Emil Lie asks what the /project quota of hal-p1848 is and how to get more. Draft the answer in our usual format.", "both", "project-hal-p1848.md", "Storage: 40 TB on `/project/hal-p1848`"),
("write up a reply for RC ticket 700455 — user can't ssh to login.brenna.halden.edu anymore, connection refused", "both", "cluster-brenna-retired.md", "It was retired on 2026-07-31."),
("ticket 588231: user's ansys fluent job stays held forever, never starts. they didn't request any licences in the script. draft reply", "both", "module-ansys-fluent.md", "#SBATCH -L ansys_hpc:N"),
("Please review this against the current limits for long:\n```bash\n#!/bin/bash\n#SBATCH --partition=long\n#SBATCH --account=hal-p1974\n#SBATCH --time=10-00:00:00\n#SBATCH --nodes=1\n#SBATCH --ntasks-per-node=96\nmodule load gromacs/2024.3\nsrun gmx_mpi mdrun -deffnm prod\n```", "both", "partition-long.md", "| Maximum wall time | 7-00:00:00 |"),
("review my h100 job before I burn hours on it\n```\n#SBATCH -p gpu-h100\n#SBATCH -A hal-p1841\n#SBATCH -t 2-00:00:00\n#SBATCH --gpus-per-node=h100:4\nmodule load cuda/11.8.0\npython train.py\n```", "both", "partition-gpu-h100.md", "| Maximum wall time | 1-00:00:00 |"),
("Script review pls — A100 job on Tinden `gpu`, I'm asking --time=3-00:00:00, 2 GPUs, 48 cpus, account hal-p2086, module load pytorch/2.4.0 + cuda/12.6.2. is the time ok for that partition?", "both", "partition-gpu.md", "| Maximum wall time | 2-00:00:00 |"),
("review:\n```bash\n#SBATCH --partition=sk-interactive\n#SBATCH --time=1-00:00:00\n#SBATCH --mem=400G\n#SBATCH --account=hal-p1421\nmodule load r/4.4.1\nRscript fit_models.R\n```\ncheck it against the Skarven limits", "both", "partition-sk-interactive.md", "| Maximum wall time | 12:00:00 |"),
("Can you do a script review for the current software stack? Findings with severities as usual.\n```\n#!/bin/bash\n#SBATCH -p normal -N 4 --ntasks-per-node=96 -t 1-00:00:00 -A hal-p2058\nmodule load gromacs\nsrun --mpi=pmi2 gmx_mpi mdrun -deffnm npt\n```", "both", "module-openmpi.md", "the older `--mpi=pmi2` flag fails"),
("old script from a student, review it for running today:\n#SBATCH --partition=br-normal\n#SBATCH --ntasks=40\n#SBATCH --time=2-00:00:00\n#SBATCH --account=hal-p1463\nmodule load openmpi\nsrun ./wave3d", "both", "cluster-brenna-retired.md", "Partitions `br-normal` and `br-gpu` no longer exist."),
("review this for tinden normal, numbered findings w/ severity:\n```\n#SBATCH -p normal\n#SBATCH -A hal-p1232\n#SBATCH -t 12:00:00\n#SBATCH -N 1 -n 1\n#SBATCH --mem=500G\nmodule load python/3.12.4\npython assemble_index.py\n```", "both", "node-tn-cpu.md", "| Memory | 384 GB DDR5 |"),
("Review this array job; the user wants to run 15000 parameter sets.\n```bash\n#SBATCH --array=0-14999\n#SBATCH -p normal -t 02:00:00 -A hal-p1659\n#SBATCH --cpus-per-task=4\nmodule load python/3.12.4\npython scan.py $SLURM_ARRAY_TASK_ID\n```", "both", "howto-job-arrays.md", "Maximum array size: 10,000 tasks"),
("write the [RC] reminder email about the extended Tinden maintenance on 2 Dec — times, what's being done, impact on Skarven", "both", "notice-2026-11-06-tinden-extended-maintenance-2026-12-02.md", "unavailable for about two hours (10:00-12:00)"),
("Announcement to all users for the December Slurm Basics course (the online one). Include date, start time, and the registration deadline.", "both", "course-slurm-basics-2026-12-17.md", "| Registration deadline | 2026-12-10 |"),
("[RC] mail: last-call style reminder for the autumn allocation call, key dates + how much H100 time is on offer", "both", "alloc-call-2026-autumn.md", "250,000 H100 GPU-hours"),
("Draft the user announcement for the 2027 Spring Allocation Call with the opening date, deadline and allocation period.", "both", "alloc-call-2027-spring.md", "open on 2027-02-01 with a deadline of 2027-03-15"),
("user email for the next Skarven maintenance window (15 Dec) in the normal layout pls", "both", "maint-2026-12-15-skarven.md", "tape library firmware update for /archive"),
("Announce the CUDA course starting 17 Nov: who teaches it, where, how many seats.", "both", "course-cuda-2026-11-17.md", "| Instructors | Oskar Lindqvist, Jonas Eliassen |"),
("write an [RC] e-mail reminding people about the scratch purge — state the current period and mention the command that lists files at risk", "both", "storage-scratch.md", "List files that are due for deletion with `rcpurge-list`"),
("committee summary for the renewal of hal-p2121: PI asks 8,000,000 core-h and 300 TB project storage for 2027, scaling test attached, DMP attached, used 92% of the current award. include their current award from the project page and apply the autumn call rules", "both", "project-hal-p2121.md", "| CPU allocation | 6,000,000 core-hours |"),
("Allocation summary for hal-p1113 — they want 60,000 H100 GPU-hours in the 2026 Autumn call. Note what they hold now and how much H100 the call offers in total.", "both", "project-hal-p1113.md", "H100 GPU: 40,000 GPU-hours"),
("summary for the committee: new applicant Dr. Sunniva Holm (Physics), 'Lattice QCD at finite density', asks 6.5M core-hours + 35 TB, no DMP, scaling data attached. Use the requirements of the 2026 Autumn Allocation Call.", "both", "alloc-call-2026-autumn.md", "Requests above 5 million core-hours need a technical review"),
("write the allocation request summary for hal-p1463's renewal (asks 5M core-h on Tinden, 20 TB). mention it came over from Brenna", "both", "project-hal-p1463.md", "This project was migrated from Brenna to Tinden in July 2026"),
("PhD student Jonas Wold wants a startup allocation of 80,000 core-hours for a thesis project on snow hydrology. Committee summary with recommendation based on what startup allocations give.", "both", "policy-allocation.md", "50,000 core-hours and 1,000 A100 GPU-hours for 12 months"),
("Allocation summary, hal-p1974 renewal: asks 3.5M core-h and 25 TB, scaling attached, used 90%, DMP yes. Put their current core-hours and quota in the justification.", "both", "project-hal-p1974.md", "Storage: 20 TB on `/project/hal-p1974` (the default quota)"),
("summary for committee — PI Kari Aunet asks 120 TB /project for a seabed imaging project (no compute). state who has to decide a request that size under the quota policy", "both", "policy-project-storage-quota.md", "| 50-200 TB | allocation committee |"),
# ---------------- tuned (30)
("draft reply for ticket 845120. user tmo441, job 9912034 OOM killed, asked --mem=24G, seff peak 31.5G. nodes have 384G.", "tuned", "", ""),
("Ticket #830077: user asks why their job has been pending with reason (Priority) for 6 hours. Notes: project used 3x its fair share in the last two weeks, queue is full, nothing broken, job will start when higher-priority jobs finish. Reply in our format.", "tuned", "", ""),
("reply to ticket 812455 — 'Disk quota exceeded' writing to ~/.cache/pip. home limit is 50 GB, she's at 49.8. fix: set PIP_CACHE_DIR to scratch, pip cache purge", "tuned", "", ""),
("ticket 797311, user Ane Brekkestø: login says account expired on 2026-10-31. she's a master student who finished in July; her supervisor can request a 6-month extension via the portal. draft a reply", "tuned", "", ""),
("Write a help-desk reply for ticket 854002: user deleted ~/thesis/chapter3.tex yesterday. Snapshots are under /home/.snapshots/<date>/<user>/, they can copy it back themselves.", "tuned", "", ""),
("ticket 821966 — user gets `Illegal instruction (core dumped)` running a binary they compiled with -march=native on the login node of one cluster and ran on a different cluster with older CPUs. suggest rebuilding per cluster or using -march=x86-64-v3. reply pls", "tuned", "", ""),
("Review this, limits: Tinden normal max 3-00:00:00, 96 cores & 384 GB per node, --account mandatory, default time 1h.\n```bash\n#!/bin/bash\n#SBATCH -p normal\n#SBATCH -t 4-00:00:00\n#SBATCH -N 2\n#SBATCH --ntasks-per-node=96\nmodule load lammps\ncd $HOME/runs/lj\nmpirun -np 192 lmp -in in.lj\n```", "tuned", "", ""),
("script review. partition gpu: 2-day max, 4 A100 per node, 24 cpus per GPU max, GPUs must be requested with --gpus-per-node=a100:N.\n```\n#SBATCH -p gpu -A hal-p3001 -t 1-00:00:00\n#SBATCH --cpus-per-task=96\n#SBATCH --gpus-per-node=a100:2\nmodule purge\nmodule load pytorch/2.4.0\npython train.py\n```", "tuned", "", ""),
("pls review (our batch partition: 5 days max, 128 cores, 512 GB/node, account required)\n```\n#!/bin/bash\n#SBATCH --partition=batch\n#SBATCH --account=geo-221\n#SBATCH --time=2-00:00:00\n#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=1\nexport OMP_NUM_THREADS=32\nmodule load wrf/4.6.0\n./wrf.exe\n```", "tuned", "", ""),
("Review this Snakemake wrapper job. Facts: partition 'standard' allows 3 days, nodes are 64 cores/256 GB, account is required, jobs without --time get 1 hour.\n```\n#SBATCH -p standard\n#SBATCH -J smk\n#SBATCH -c 2\n#SBATCH --mem=4G\nmodule load snakemake\nsnakemake --executor slurm -j 5000\n```", "tuned", "", ""),
("quick review, node = 48c/192G, max wall 2d on 'compute':\n#SBATCH -p compute -A bio-88 -t 1-12:00:00 --mem=250G -c 48\nmodule load spades/3.15.5\nspades.py -t 48 -1 R1.fq -2 R2.fq -o out", "tuned", "", ""),
("Can you review this Skarven job? Partition sk-normal: 5-00:00:00 max, 64 cores and 1 TB per node, account mandatory.\n```bash\n#SBATCH -p sk-normal\n#SBATCH -A hal-p5551\n#SBATCH -t 3-00:00:00\n#SBATCH --mem=900G\n#SBATCH -c 64\nmodule purge\nmodule load r/4.4.1\nRscript big_merge.R > $HOME/big_merge.log\n```", "tuned", "", ""),
("announcement email: Skarven login node reboot tonight 22:00-22:30 for a kernel patch. running jobs unaffected, open ssh/tmux sessions will be dropped. save your work.", "tuned", "", ""),
("[RC] mail please. From 1 March 2027, new defaults on Tinden: cmake 3.27.9 -> 3.30.2, hdf5 1.14.3 -> 1.14.5, netcdf-c 4.9.2 -> 4.9.3. Old versions still loadable with explicit version.", "tuned", "", ""),
("Draft an announcement for a one-off workshop: 'Profiling Python code', 2027-01-14, 09:00-12:00, Computing Centre seminar room C0.05, instructors Amira Solheim and Per Vatne, 24 seats, sign up by 2027-01-07 in the RC portal.", "tuned", "", ""),
("write the user email: Globus transfers failed 3-4 Nov because of an expired certificate on the transfer nodes, fixed 4 Nov 14:10, restart any failed transfers, nothing lost", "tuned", "", ""),
("Announcement e-mail: archive quota per project goes from 100 TB to 150 TB on 2027-01-01. Automatic for all projects, file limit unchanged at 200,000. No action needed.", "tuned", "", ""),
("committee summary:\n- PI Randi Mo, Psychology\n- project 'EEG source localisation in infants' (psy-0442)\n- asks 400,000 core-h, 15 TB\n- scaling: single-node code, tested on 1 node only\n- previous allocation used 88%\n- DMP attached\n- rules: >5M core-h needs tech review; >20 TB storage needs DMP", "tuned", "", ""),
("Allocation summary please. PI Tor Haugland (Informatics), project 'Federated learning on edge sensors' (inf-3310). Requested: 2,500,000 core-hours, 30,000 A100 GPU-hours, 60 TB. No scaling data, no DMP, new applicant. Call rules: DMP needed above 20 TB, scaling evidence needed above 1M core-hours.", "tuned", "", ""),
("summary for the committee - PI Lise Øverland, Marine Biology, 'Kelp forest genomics' (mb-1207): 900k core-h, 45 TB, scaling ok (81% at 4 nodes), used 97% last period, DMP attached. Rules: DMP required >20 TB; max 200 TB.", "tuned", "", ""),
("write the allocation summary: PI Ahmed Karimi (Mech Eng), project 'LES of offshore wind farm wakes' (me-7781), asks 9,000,000 core-h + 100 TB. scaling test 71% at 32 nodes, DMP yes, used 41% of last award. rules: >5M needs technical review, >20TB needs DMP, max 200 TB", "tuned", "", ""),
("Allocation request summary: PI Hedda Lunde, Astronomy, 'Radio transient search' (ast-505). 150,000 core-h, 8,000 GPU-h, 10 TB. First-time applicant, scaling on 2 GPUs attached. No special rules apply beyond the standard ones; storage below the DMP threshold of 20 TB.", "tuned", "", ""),
("what's the difference between --ntasks and --cpus-per-task in slurm", "tuned", "", ""),
("explain backfill scheduling in two sentences for a newbie", "tuned", "", ""),
("36 hours in slurm --time format?", "tuned", "", ""),
("job exited with code 137, what does that usually mean on linux", "tuned", "", ""),
("reply for ticket 866310: user wants e-mail when the job finishes. tell them to add #SBATCH --mail-type=END,FAIL and --mail-user=<their university address>", "tuned", "", ""),
("Ticket 870021, user says squeue shows their job as 'CG' for 20 min after it ended. Notes: node had a hung NFS mount, we drained and rebooted it, job is gone now, core-hours refunded. Write the reply.", "tuned", "", ""),
("script review w/ these limits: 'short' max 04:00:00, 96 cores/node, --account required\n```\n#SBATCH -p short -A chem-17 -t 06:00:00\n#SBATCH -n 96\nmodule load orca/6.0.0\norca input.inp > out.log\n```", "tuned", "", ""),
("ticket #858800: job 10020931 got 'CANCELLED DUE TO TIME LIMIT' at 3-00:00:00 on a partition whose max is 3 days. user estimates 4.5 days total; the code supports restart files. suggest splitting into chained jobs with --dependency=afterok. draft it", "tuned", "", ""),
]

QA = [
# rag (20)
("What is the maximum wall time on the gpu-h100 partition?", "1-00:00:00", ["corpus/partition-gpu-h100.md"], "rag"),
("From which date are scratch files purged after 30 days without access?", "2026-08-01", ["corpus/policy-scratch-purge.md"], "rag"),
("What was the default project quota before it was raised in July 2026?", "10 TB", ["corpus/policy-project-storage-quota.md"], "rag"),
("On what date was the Brenna cluster retired?", "2026-07-31", ["corpus/cluster-brenna-retired.md"], "rag"),
("What was the maximum wall time of the long partition before 1 October 2026?", "14-00:00:00", ["corpus/partition-long.md"], "rag"),
("Which gcc version is the default in the 2026b stack?", "13.2.0", ["corpus/module-gcc.md"], "rag"),
("What is the default version of the r module?", "4.4.1", ["corpus/module-r.md"], "rag"),
("What is the module name of the GPU build of GROMACS?", "gromacs/2024.3-gpu", ["corpus/module-gromacs.md"], "rag"),
("Who maintains the relion module?", "Tomasz Wielgosz", ["corpus/module-relion.md"], "rag"),
("How long can it take to retrieve archive data that is only on tape?", "48 hours", ["corpus/storage-archive.md"], "rag"),
("How many A100 GPUs can a single user have in use on the gpu partition?", "16 GPUs", ["corpus/qos-gpu.md"], "rag"),
("What is the project storage quota of hal-p1659?", "75 TB", ["corpus/project-hal-p1659.md"], "rag"),
("Who is the principal investigator of project hal-p2079?", "Hamid Fischer", ["corpus/project-hal-p2079.md"], "rag"),
("Who teaches the GPU Programming with CUDA session starting 2026-11-17?", "Oskar Lindqvist", ["corpus/course-cuda-2026-11-17.md"], "rag"),
("When does the allocation committee meet for the 2026 Autumn call?", "2026-11-24", ["corpus/alloc-call-2026-autumn.md"], "rag"),
("What is the first-response target for a normal (P3) help desk ticket?", "1 working day", ["corpus/helpdesk-how-to-get-help.md"], "rag"),
("At what rate were unused Brenna core-hours converted to Tinden core-hours?", "two Brenna core-hours for one Tinden core-hour", ["corpus/cluster-brenna-retired.md"], "rag"),
("Above how much memory are processes on a login node killed after 30 minutes?", "16 GB", ["corpus/policy-acceptable-use.md"], "rag"),
("After how long are idle Open OnDemand sessions stopped?", "2 hours", ["corpus/howto-open-ondemand.md"], "rag"),
("How long did the /scratch outage INC-2026-023 last?", "9.5 hours", ["corpus/incident-2026-09-17-tinden-scratch-outage.md"], "rag"),
# both (5)
("Write a help-desk reply (ticket 902211) to a user whose 9-day job on the long partition was rejected; state the current limit.", "7-00:00:00", ["corpus/partition-long.md"], "both"),
("Draft the [RC] announcement for the extended Tinden maintenance on 2026-12-02 with the exact hours.", "07:00 to 20:00", ["corpus/notice-2026-11-06-tinden-extended-maintenance-2026-12-02.md"], "both"),
("Review this script against the real partition limits: `#SBATCH -p gpu-h100 -t 36:00:00 --gpus-per-node=h100:2 -A hal-p2079`.", "1-00:00:00", ["corpus/partition-gpu-h100.md"], "both"),
("Write the committee summary for the renewal of hal-p1841 and include its current H100 award.", "10,000", ["corpus/project-hal-p1841.md"], "both"),
("Ticket 903377: a user asks why `module load pytorch` now gives a different version than in August. Draft the reply with the new default.", "2.4.0", ["corpus/module-pytorch.md"], "both"),
# tuned (5)
("Draft the reply for ticket #483920: user's job 7781200 was killed for OOM; asked --mem=16G, peak was 19 GB; nodes have 256 GB.", "ticket #483920", [], "tuned"),
("Review: partition 'compute' max 3-00:00:00, 64 cores/256 GB per node, account required. Script: `#SBATCH -p compute -A eco-12 -t 4-00:00:00 -n 64 --mem=200G` then `srun ./model`.", "[HIGH]", [], "tuned"),
("Announcement e-mail: the Heron cluster's /work file system is read-only on 2026-12-09 from 09:00 to 11:00 for a firmware update; jobs keep running but cannot write to /work.", "[RC]", [], "tuned"),
("Committee summary: PI Gunnhild Eriksen (History), 'Digitised parish registers' (hist-31), 120,000 core-hours, 12 TB, used 95% last time, DMP attached, no rules exceeded.", "Gunnhild Eriksen", [], "tuned"),
("Ticket reply (ticket 455120): job killed for OOM; requested 64G, seff shows peak 71 GB; nodes have 512 GB.", "71", [], "tuned"),
]

def main():
    C = os.path.join(B, "corpus")
    errs = []
    for q, route, src, fact in ROUTING:
        if route != "tuned":
            t = open(os.path.join(C, src)).read()
            if fact not in t:
                errs.append((src, fact))
    for q, a, srcs, route in QA:
        if route != "tuned":
            if not any(a in open(os.path.join(B, s)).read() for s in srcs):
                errs.append((srcs, a))
    assert not errs, errs
    from collections import Counter
    assert Counter(r for _, r, _, _ in ROUTING) == {"rag": 30, "both": 30, "tuned": 30}, Counter(r for _, r, _, _ in ROUTING)
    assert Counter(r for *_, r in QA) == {"rag": 20, "both": 5, "tuned": 5}
    rows = list(ROUTING)
    random.Random(7).shuffle(rows)
    with open(os.path.join(B, "eval", "routing.jsonl"), "w") as f:
        for q, r, _, _ in rows:
            f.write(json.dumps({"query": q, "route": r}, ensure_ascii=False) + "\n")
    with open(os.path.join(B, "eval", "qa.jsonl"), "w") as f:
        for q, a, s, r in QA:
            f.write(json.dumps({"question": q, "answer": a, "sources": s, "route": r}, ensure_ascii=False) + "\n")
    with open(os.path.join(B, "tools", "label-notes.md"), "w") as f:
        f.write("# Label notes (private)\n\nFor every rag/both routing query: the corpus document that answers it and the grep-checked fact string.\n\n")
        for route in ("rag", "both", "tuned"):
            f.write(f"## {route}\n\n")
            for q, r, src, fact in ROUTING:
                if r == route:
                    qq = q.replace("\n", " ")[:110]
                    f.write(f"- `{qq}` -> {src or '(none: all facts in request / general knowledge)'}" + (f" — fact: `{fact}`" if fact else "") + "\n")
            f.write("\n")
        f.write("## qa.jsonl\n\n")
        for q, a, s, r in QA:
            f.write(f"- [{r}] {q} -> `{a}` {s}\n")
    print("ok", len(rows), len(QA))

main()
