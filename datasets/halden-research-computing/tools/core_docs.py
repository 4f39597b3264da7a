#!/usr/bin/env python3
"""Hand-written core documents for the Halden RC corpus."""
import os
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
DOCS = {}

DOCS["rc-service-overview.md"] = """# Halden University Research Computing: Service Overview
Updated: 2026-09-02

Research Computing (RC) runs the shared high-performance computing (HPC) and research-data services of Halden University. The service is free at the point of use for Halden staff, PhD candidates and students working on research projects; large allocations are awarded through the allocation calls.

## Systems

| System | Role | Status |
|---|---|---|
| Tinden | flagship CPU and GPU cluster (AMD EPYC, A100 and H100 GPUs) | in service since 2023-03-01 |
| Skarven | large-memory and data-analytics cluster (1 TB and 4 TB nodes) | in service since 2021-05-10 |
| Brenna | legacy Intel cluster | retired 2026-07-31 |

## Storage tiers

Every user has `/home` (50 GB) and `/scratch` (20 TB). Every project has `/project` (20 TB by default) and `/archive` (100 TB by default). See *Storage tiers overview*.

## Getting help

- Help desk: HaldenDesk at https://rc.halden.edu/help or e-mail rc-help@halden.edu
- Office hours: Tuesdays 13:00-15:00, Library Building room L2.14
- Status page: https://status.rc.halden.edu

## Key documents

*Acceptable use policy*, *Scratch purge policy*, *Project storage quota policy*, *Allocation policy*, *Maintenance window policy*, *Slurm partitions overview*, *Using the module system (Lmod)*, *Training catalogue*.
"""

DOCS["cluster-tinden.md"] = """# Cluster: Tinden
Updated: 2026-10-02

Tinden is the flagship cluster of Halden Research Computing, in service since 2023-03-01. Log in at `login.tinden.halden.edu` (SSH with MFA).

## Hardware

| Node type | Count | Per node |
|---|---|---|
| tn-cpu | 596 | 2x AMD EPYC 9454 (96 cores), 384 GB |
| tn-bigmem | 16 | 96 cores, 1.5 TB |
| tn-gpu-a100 | 42 | 4x NVIDIA A100 80GB |
| tn-gpu-h100 | 12 | 4x NVIDIA H100 SXM 80GB (since 2026-06-15) |

Interconnect: NDR200 InfiniBand on CPU nodes.

## Partitions

`normal` (3 days), `short` (4 hours), `long` (7 days since 2026-10-01), `devel` (1 hour), `bigmem` (3 days), `gpu` (2 days), `gpu-h100` (1 day), `gpu-devel` (2 hours), `preempt` (1 day). Details in *Slurm partitions overview*.

## Scheduler

Slurm 24.11 with fair-share. The scheduler was upgraded on 2026-05-13 (see *Change report: Slurm 24.11 upgrade*).

## Maintenance

Tinden is maintained on the first Wednesday of each month, 07:00-17:00. See *Maintenance window policy*.
"""

DOCS["cluster-skarven.md"] = """# Cluster: Skarven
Updated: 2026-08-04

Skarven is the large-memory and data-analytics cluster, in service since 2021-05-10. Log in at `login.skarven.halden.edu`.

## Hardware

- 120 `sk-mem` nodes: 2x Intel Xeon Platinum 8358 (64 cores), 1 TB memory
- 8 `sk-huge` nodes: 64 cores, 4 TB memory
- HDR100 InfiniBand

## Partitions

| Partition | Max wall time | Purpose |
|---|---|---|
| sk-normal | 5-00:00:00 | memory-heavy analysis |
| sk-hugemem | 2-00:00:00 | up to 4 TB on one node |
| sk-interactive | 12:00:00 | Jupyter, RStudio, interactive sessions |

Skarven hosts the Open OnDemand portal (https://ondemand.halden.edu) used for JupyterLab and RStudio Server sessions.

Skarven shares `/home`, `/project` and `/archive` with Tinden but has its own `/scratch` file system; files do not appear on Tinden's scratch. The scratch purge rule (30 days) is the same on both.

Maintenance: third Tuesday of even-numbered months, 08:00-16:00.
"""

DOCS["cluster-brenna-retired.md"] = """# Cluster: Brenna (retired)
Updated: 2026-08-03

Brenna was Halden's Intel Xeon Gold 6148 cluster, in service from 2017-09-04. **It was retired on 2026-07-31.** Its login node `login.brenna.halden.edu` no longer accepts connections.

## What happened to the data

Brenna's `/work` file system was copied read-only to `/migrate/brenna` on Tinden, where it stayed available until 2026-10-31. That copy has now been deleted. `/home` and `/project` were already shared with Tinden and were not affected.

## What replaced it

- CPU work: the `normal` partition on Tinden
- GPU work (P100 nodes): the `gpu` partition on Tinden (A100)
- Partitions `br-normal` and `br-gpu` no longer exist.

Unused Brenna core-hours were converted to Tinden core-hours at a rate of 1:0.5 (two Brenna core-hours for one Tinden core-hour), because a Tinden core is about twice as fast.

See *Migrating from Brenna to Tinden* and *Notice: Brenna retirement*.
"""

DOCS["slurm-partitions-overview.md"] = """# Slurm partitions overview
Updated: 2026-10-01

All current partitions on Tinden and Skarven. Wall times are in Slurm format (days-hours:minutes:seconds).

| Partition | Cluster | Max wall time | Max nodes/job | Nodes | Default QoS |
|---|---|---|---|---|---|
| normal | Tinden | 3-00:00:00 | 32 | 512 | normal |
| short | Tinden | 04:00:00 | 8 | 40 | normal |
| long | Tinden | 7-00:00:00 | 4 | 36 | long |
| devel | Tinden | 01:00:00 | 2 | 8 | devel |
| bigmem | Tinden | 3-00:00:00 | 4 | 16 | normal |
| gpu | Tinden | 2-00:00:00 | 4 | 40 | gpu |
| gpu-h100 | Tinden | 1-00:00:00 | 2 | 12 | gpu-h100 |
| gpu-devel | Tinden | 02:00:00 | 1 | 2 | devel |
| preempt | Tinden | 1-00:00:00 | 16 | 596 | low |
| sk-normal | Skarven | 5-00:00:00 | 8 | 112 | normal |
| sk-hugemem | Skarven | 2-00:00:00 | 1 | 8 | hugemem |
| sk-interactive | Skarven | 12:00:00 | 1 | 8 | normal |

Changes in 2026:

- `gpu-h100` opened on 2026-06-15.
- Brenna partitions `br-normal` and `br-gpu` were removed on 2026-07-31.
- The maximum wall time of `long` went from 14 days to 7 days on 2026-10-01.

If you leave out `--partition`, jobs go to `normal`. If you leave out `--time`, the job gets 01:00:00.
"""

DOCS["storage-tiers-overview.md"] = """# Storage tiers overview
Updated: 2026-08-01

| Tier | Path | Quota | File limit | Backup | Purge |
|---|---|---|---|---|---|
| home | /home/<user> | 50 GB | 500,000 files | nightly, 14 days of snapshots | never |
| scratch | /scratch/<user> | 20 TB | 5,000,000 files | none | files not accessed for 30 days |
| project | /project/<project-id> | 20 TB default | 10,000,000 files | weekly to tape, 30 days of snapshots | 180 days after project end |
| archive | /archive/<project-id> | 100 TB default | 200,000 files | two tape copies | 10 years after project end |

Check usage with `rcquota`. Snapshots of home are under `/home/.snapshots`, of project under `/project/.snapshots`.

Choosing a tier: keep code and small configs in home, running job data in scratch, shared and valuable data in project, and finished data you must keep in archive. Scratch is never backed up.

See *Scratch purge policy*, *Project storage quota policy*, *Archive storage policy*.
"""

DOCS["storage-home.md"] = """# Storage tier: home
Updated: 2026-03-10

`/home/<user>` is your personal directory on all clusters.

- Quota: 50 GB and 500,000 files per user; quotas are not raised.
- Backup: nightly; snapshots are kept 14 days under `/home/.snapshots/`.
- Not purged while the account is active. After an account expires, home is deleted 180 days later (see *Account lifecycle policy*).

Home is slow for heavy job I/O. Do not run jobs that write large outputs into home; use `/scratch/$USER`.

Recover a deleted file: `ls /home/.snapshots/` then copy the file back from the dated directory.
"""

DOCS["storage-scratch.md"] = """# Storage tier: scratch
Updated: 2026-08-01

`/scratch/<user>` is the fast parallel file system (Lustre) for running jobs.

- Quota: 20 TB and 5,000,000 files per user
- Backup: **none**
- Purge: files not accessed for **30 days** are deleted automatically (since 2026-08-01; the period was 60 days before). See *Scratch purge policy*.

Tinden and Skarven have separate scratch file systems. Striping: for files over 10 GB, use `lfs setstripe -c 8` on the directory before writing.

List files that are due for deletion with `rcpurge-list` (shows files that will be removed within the next 7 days).
"""

DOCS["storage-project.md"] = """# Storage tier: project
Updated: 2026-07-01

`/project/<project-id>` is shared space for project members.

- Default quota: **20 TB** per project (raised from 10 TB on 2026-07-01), 10,000,000 files
- Larger quotas up to 200 TB are granted by the allocation committee; ask through an allocation call or a storage request ticket
- Backup: weekly to tape; snapshots kept 30 days under `/project/.snapshots`
- Data are kept 180 days after the project ends, then deleted

The group owner is the project's Unix group. Use `chmod g+rwX` so colleagues can use your files. See *Project storage quota policy* and *How to request more project storage*.
"""

DOCS["storage-archive.md"] = """# Storage tier: archive
Updated: 2026-02-18

`/archive/<project-id>` is tape-backed storage for data that must be kept but is rarely read.

- Default quota: 100 TB per project; 200,000 files
- Two tape copies in separate buildings
- Kept 10 years after project end, in line with the *Research data management policy*
- Retrieval of files that are only on tape can take up to 48 hours

Pack small files into tar archives of at least 1 GB before archiving; many small files slow the tape library and count against the 200,000-file limit. Access is from the login nodes and the data transfer node `dtn.halden.edu`, not from compute nodes. See *Archive storage policy*.
"""

DOCS["policy-scratch-purge.md"] = """# Scratch purge policy
Updated: 2026-08-01

## Rule

Files on `/scratch` (Tinden and Skarven) that have not been **accessed for 30 days** are deleted. The purge runs every night at 03:00.

## History

| Period | Purge after |
|---|---|
| until 2026-07-31 | 60 days without access |
| from 2026-08-01 | 30 days without access |

The change was announced on 2026-06-02 (see *Notice: scratch purge period shortened to 30 days*).

## Warnings

Users receive an e-mail 7 days before files are deleted, listing the top-level directories affected. `rcpurge-list` shows the same list on demand.

## Exemptions

No exemptions are granted. Touching files to avoid the purge (for example with `find -exec touch`) breaks the acceptable use policy and can lead to account suspension. Move data you need to keep to `/project` or `/archive`.

## After incidents

When /scratch is unavailable for more than 4 hours, the purge is paused for 7 days.
"""

DOCS["policy-project-storage-quota.md"] = """# Project storage quota policy
Updated: 2026-07-01

## Default quota

Every project gets **20 TB** on `/project` and 10,000,000 files. The default was 10 TB until 2026-06-30 and was raised to 20 TB on 2026-07-01. Existing projects that were on the old 10 TB default were raised automatically; projects with an approved larger quota kept it.

## Larger quotas

| Request | Who decides | Typical time |
|---|---|---|
| up to 50 TB | Research Computing staff | 5 working days |
| 50-200 TB | allocation committee | next committee meeting |
| over 200 TB | not offered on /project; use /archive | — |

A request must include the expected growth, the data-management plan and why /archive is not enough. See *How to request more project storage*.

## Over quota

At 100% of quota, writes fail with `Disk quota exceeded`. There is no grace period on /project.
"""

DOCS["policy-archive.md"] = """# Archive storage policy
Updated: 2026-02-18

- Archive is for finished data that must be retained (publication data, raw instrument data).
- Default quota 100 TB per project; increases above 300 TB need approval from the allocation committee.
- Minimum recommended file size: 1 GB. Bundle small files with `tar`.
- Retrieval may take up to 48 hours for data that is only on tape.
- Data are kept 10 years after the project ends; the PI is contacted 6 months before deletion.
- Archive is not for personal backups of laptops.
"""

DOCS["policy-acceptable-use.md"] = """# Acceptable use policy
Updated: 2025-11-01

By using Halden Research Computing systems you agree to the following.

1. Accounts are personal. Never share passwords, MFA devices or SSH private keys.
2. Use the systems only for research, teaching and the administration of research at Halden University.
3. Do not run heavy computations on login nodes. Processes using more than 16 GB of memory or 4 cores for more than 30 minutes on a login node are killed.
4. Do not try to circumvent quotas, purge rules or scheduler limits (for example by touching scratch files or splitting jobs to dodge QoS limits).
5. Do not store sensitive personal data (red classification) on Tinden or Skarven. Use HaldenSafe; see *Sensitive data policy*.
6. Cryptocurrency mining is forbidden.
7. Acknowledge Research Computing in publications (see *Acknowledging Research Computing*).

Breaches may lead to suspension of the account. Repeated or severe breaches are reported to the head of department.
"""

DOCS["policy-security.md"] = """# Security policy for cluster access
Updated: 2025-11-01

- Multi-factor authentication (MFA) is required on all login nodes since 2025-11-01. Use a TOTP app registered at https://rc.halden.edu/mfa.
- SSH keys must be ed25519 or RSA of at least 4096 bits. Keys without a passphrase are not allowed.
- After 10 failed login attempts, the source address is blocked for 30 minutes.
- Access from outside the campus network goes through the campus VPN or the SSH gateway `gw.halden.edu`.
- Report a lost MFA device or a suspected compromise to rc-help@halden.edu at once, with the subject "SECURITY".

Research Computing never asks for your password by e-mail.
"""

DOCS["policy-sensitive-data.md"] = """# Sensitive data policy
Updated: 2026-01-12

Halden classifies data as green (open), yellow (internal) and red (sensitive: health data, identifiable personal data under GDPR, export-controlled data).

- Green and yellow data may be stored and processed on Tinden and Skarven.
- **Red data must not be placed on Tinden or Skarven, including /scratch.** Use HaldenSafe, the secure research platform, which has its own Slurm partition and GPUs.
- Pseudonymised data count as red unless the key is destroyed.
- Apply for HaldenSafe access through the data protection office; processing time is about three weeks.

If red data is found on a general cluster, the files are moved to quarantine and the PI is contacted.
"""

DOCS["policy-research-data-management.md"] = """# Research data management policy
Updated: 2025-09-15

- Every project that asks for more than the default storage must have a data management plan (DMP).
- Raw data that underpin publications must be kept at least 10 years; /archive meets this requirement.
- Data should be described with a README and a licence when published. Halden's data repository is HaldenData (https://data.halden.edu).
- When a project ends, the PI decides what moves to /archive and what is deleted. /project data are deleted 180 days after the project end date.
- The *Research Data Management and Storage Tiers* course covers DMPs and the storage tiers.
"""

DOCS["policy-account-lifecycle.md"] = """# Account lifecycle policy
Updated: 2026-02-03

| Event | What happens |
|---|---|
| Account created | after approval by a PI with an active project; home created with 50 GB quota |
| Student finishes studies | account expires 90 days after the study end date |
| Staff leaves Halden | account expires on the last working day |
| 30 days before expiry | warning e-mail to the user and the PI |
| Expiry | login blocked; jobs cancelled |
| 180 days after expiry | home and scratch data deleted |

A PI can ask to extend an account for a guest researcher for up to 12 months at a time.
"""

DOCS["policy-maintenance-windows.md"] = """# Maintenance window policy
Updated: 2026-05-20

| Cluster | Regular window | Hours |
|---|---|---|
| Tinden | first Wednesday of every month | 07:00-17:00 |
| Skarven | third Tuesday of even-numbered months | 08:00-16:00 |

- Windows are announced at least 10 days ahead by e-mail to all users and on the status page.
- A Slurm reservation blocks the nodes. Jobs whose wall time would overlap the window wait with reason `ReqNodeNotAvail, Reserved for maintenance`.
- Extended windows (longer than the regular hours) are announced at least 3 weeks ahead.
- Brenna was maintained quarterly until its retirement on 2026-07-31.

Emergency maintenance may be done without notice when security or hardware safety requires it.
"""

DOCS["policy-allocation.md"] = """# Allocation policy
Updated: 2026-08-20

## Types of allocation

| Type | How to get it | Size |
|---|---|---|
| Startup | apply at any time in the RC portal | 50,000 core-hours and 1,000 A100 GPU-hours for 12 months |
| Regular | Spring and Autumn allocation calls | from 100,000 core-hours; GPU-hours on request |
| Large-scale GPU | special calls | at least 10,000 H100 GPU-hours |

## Accounting

- A CPU job is charged cores x hours (a full tn-cpu node for 1 hour = 96 core-hours).
- An A100 job is charged 1 GPU-hour per GPU per hour; an H100 job is charged 1 H100 GPU-hour per GPU per hour.
- Jobs on the `preempt` partition are charged at 25% of the normal rate.
- Skarven jobs are charged in core-hours like Tinden.

## Committee

The allocation committee has seven members from the faculties and meets twice a year after each call. Decisions can be APPROVE, APPROVE WITH CHANGES or DECLINE. Appeals go to the Pro-Rector for Research within 30 days.
"""

DOCS["alloc-call-2026-autumn.md"] = """# Allocation call: 2026 Autumn Allocation Call
Date: 2026-09-01

The 2026 Autumn Allocation Call is open for allocations running 2027-01-01 to 2027-12-31.

## Key dates

| Milestone | Date |
|---|---|
| Call opens | 2026-09-01 |
| Deadline | 2026-10-15, 12:00 |
| Committee meeting | 2026-11-24 |
| Decisions sent | by 2026-12-01 |
| Allocations start | 2027-01-01 |

## Resources on offer

- 180 million core-hours on Tinden and Skarven
- 400,000 A100 GPU-hours
- 250,000 H100 GPU-hours (first regular call with H100 time)
- Project storage above the 20 TB default, up to 200 TB per project

## Requirements

Applications must include a scaling test, a data management plan for storage above 20 TB, and a report on earlier allocations. Requests above 5 million core-hours need a technical review by RC staff.
"""

DOCS["alloc-call-2026-large-gpu.md"] = """# Allocation call: 2026 Large-Scale GPU Call
Date: 2026-05-04

A special call for projects that can use the new H100 nodes on Tinden (partition `gpu-h100`, opening 2026-06-15).

| | |
|---|---|
| Opens | 2026-05-04 |
| Deadline | 2026-06-12 |
| Decisions | 2026-07-10 |
| Allocation period | 2026-08-01 to 2027-07-31 |
| H100 GPU-hours on offer | 600,000 |
| Minimum request | 10,000 H100 GPU-hours |

Applicants must show that their code runs on at least 4 GPUs with good efficiency (scaling test on the A100 `gpu` partition is accepted). Projects awarded time get access to the `gpu-h100` QoS.
"""

DOCS["alloc-call-2026-spring.md"] = """# Allocation call: 2026 Spring Allocation Call
Date: 2026-02-02

For allocations running 2026-07-01 to 2027-06-30.

- Opens: 2026-02-02
- Deadline: 2026-03-15
- Committee meeting: 2026-05-05
- Decisions: by 2026-05-15
- On offer: 160 million core-hours, 350,000 A100 GPU-hours
- Storage: requests above the default project quota (then 10 TB) were reviewed

Projects on Brenna were asked to apply for Tinden time, since Brenna closes in 2026.

Applications above 5 million core-hours needed a technical review by RC staff. H100 time was not part of this call; it was offered separately in the *2026 Large-Scale GPU Call*. Startup allocations remain available at any time in the RC portal.

"""

DOCS["alloc-call-2025-autumn.md"] = """# Allocation call: 2025 Autumn Allocation Call
Date: 2025-09-01

For allocations running 2026-01-01 to 2026-12-31.

- Opens: 2025-09-01
- Deadline: 2025-10-15
- Committee meeting: 2025-11-25
- On offer: 150 million core-hours, 300,000 A100 GPU-hours
- 61 applications received, 54 awarded (see *News: 2025 Autumn call results*)

Applications were made in the RC portal with the standard template: project description, software and scaling evidence, resources requested per quarter, and a report on earlier use. Storage above the default project quota needed a data management plan. Brenna time was not offered in this call.

"""

DOCS["alloc-call-2025-spring.md"] = """# Allocation call: 2025 Spring Allocation Call
Date: 2025-02-03

For allocations running 2025-07-01 to 2026-12-31 (an 18-month period to align the cycles).

- Opens: 2025-02-03
- Deadline: 2025-03-14
- On offer: 210 million core-hours (18 months), 380,000 A100 GPU-hours
- Brenna time was offered for the last time in this call.

Applicants were asked for a technical description of their codes, evidence of scaling on the requested cluster, and an estimate of storage needs. The committee met on 2025-05-06 and sent decisions by 2025-05-16. Unused time from the previous period was not carried over.

"""

DOCS["alloc-call-2027-spring.md"] = """# Allocation call: 2027 Spring Allocation Call (announcement)
Date: 2026-11-02

The 2027 Spring Allocation Call will open on 2027-02-01 with a deadline of 2027-03-15, for allocations running 2027-07-01 to 2028-06-30. The amount of H100 time on offer will be set after the 2026 Autumn decisions. Templates are the same as in the 2026 Autumn call.

PIs whose allocations end on 2027-06-30 should apply in this call to avoid a gap. An information meeting will be announced in January 2027. Questions about the call can be sent to rc-help@halden.edu with the subject "Allocation call".

"""

DOCS["notice-2026-06-02-scratch-purge-30-days.md"] = """# Notice: scratch purge period shortened to 30 days
Date: 2026-06-02

From **2026-08-01**, files on `/scratch` that have not been accessed for **30 days** will be deleted. Until then the period is 60 days.

## Why

Scratch on Tinden reached 91% full in May 2026. Most of the space was held by files untouched for more than a month. A shorter period keeps room for running jobs.

## What you need to do

- Move results you want to keep to `/project` (now 20 TB by default from 2026-07-01) or `/archive`.
- Use `rcpurge-list` to see what will be removed.
- Do not touch files to avoid the purge; it is against the acceptable use policy.

The first purge under the new rule ran on the night of 2026-08-01 at 03:00.
"""

DOCS["notice-2026-06-20-project-quota-20tb.md"] = """# Notice: default project quota raised to 20 TB
Date: 2026-06-20

The new /project storage expansion is installed. From **2026-07-01** the default project quota goes from **10 TB to 20 TB**.

- Projects on the old 10 TB default are raised to 20 TB automatically on 2026-07-01. No action needed.
- Projects with a larger approved quota keep their current quota.
- The file limit stays at 10,000,000 files per project.

Requests above 20 TB still need a data management plan; up to 50 TB is handled by RC staff, 50-200 TB by the allocation committee.
"""

DOCS["notice-2026-05-12-brenna-retirement.md"] = """# Notice: Brenna retirement on 2026-07-31
Date: 2026-05-12

Brenna, in service since 2017, will be **retired on 2026-07-31**.

- Last day to submit jobs: 2026-07-24. Jobs still running on 2026-07-31 at 08:00 will be cancelled.
- Brenna `/work` will be copied read-only to `/migrate/brenna` on Tinden and kept until 2026-10-31.
- Unused Brenna core-hours convert to Tinden core-hours at 2:1.
- P100 GPU users should move to the `gpu` partition (A100) on Tinden.

Migration help: drop-in sessions every Thursday in June and July, 10:00-12:00, Computing Centre seminar room C0.05. See *Migrating from Brenna to Tinden*.
"""

DOCS["news-2026-08-03-brenna-retired.md"] = """# News: Brenna has been retired
Date: 2026-08-03

Brenna was switched off on 2026-07-31 at 08:00 as planned. Over nine years it ran about 41 million jobs. 212 users and 64 projects moved to Tinden during May-July.

The read-only copy of Brenna `/work` is at `/migrate/brenna` on Tinden until 2026-10-31. The hardware will be recycled; 24 of the nodes go to the Department of Computer Science for teaching.

Thanks to everyone who helped test the migration. If you find a script that still refers to `br-normal` or `br-gpu`, replace the partition with `normal` or `gpu` on Tinden.

"""

DOCS["notice-2026-06-15-gpu-h100-open.md"] = """# Notice: new gpu-h100 partition open
Date: 2026-06-15

The new `gpu-h100` partition on Tinden is open from today, 2026-06-15.

| | |
|---|---|
| Nodes | 12 x tn-gpu-h100 (4x NVIDIA H100 SXM 80GB each, 48 GPUs in total) |
| Max wall time | 1-00:00:00 (24 hours) |
| Max nodes per job | 2 |
| QoS | gpu-h100: max 8 H100 GPUs in use per user |
| Access | projects with an H100 allocation |

Request GPUs with `--gpus-per-node=h100:N`. Use `cuda/12.4.1` or newer; `cuda/11.8.0` does not support H100. H100 time is awarded through the *2026 Large-Scale GPU Call* and, from 2027, the regular calls.

During the first two weeks (until 2026-06-29), a pilot group ran acceptance tests and wall time was limited to 12 hours; the 24-hour limit applies from 2026-06-29.
"""

DOCS["notice-2026-08-25-long-walltime-7-days.md"] = """# Notice: long partition maximum wall time reduced to 7 days
Date: 2026-08-25

From **2026-10-01**, the maximum wall time on the `long` partition on Tinden goes from **14 days (14-00:00:00) to 7 days (7-00:00:00)**.

## Why

Jobs of 8-14 days blocked nodes across maintenance windows and were the main cause of lost work during the cooling incidents of 2025. Most long jobs can checkpoint.

## What you need to do

- Set `--time=7-00:00:00` or less in job scripts for `long`.
- Add checkpointing; see *How to checkpoint long jobs*.
- Jobs submitted before 2026-10-01 with up to 14 days keep their limit.

Jobs submitted after the change with more than 7 days are rejected with `QOSMaxWallDurationPerJobLimit`. The `long` QoS limits (20 running jobs, 384 cores per user) are unchanged.
"""

DOCS["notice-2026-08-18-software-stack-2026b.md"] = """# Notice: software stack 2026b becomes the default on 2026-09-01
Date: 2026-08-18

On **2026-09-01** the default software stack changes from 2026a to **2026b**. Several default module versions change:

| Module | Old default (2026a) | New default (2026b) |
|---|---|---|
| gcc | 12.3.0 | 13.2.0 |
| python | 3.11.7 | 3.12.4 |
| cuda | 12.2.1 | 12.6.2 |
| openmpi | 4.1.5 | 5.0.3 |
| r | 4.3.2 | 4.4.1 |
| pytorch | 2.1.2 | 2.4.0 |
| gromacs | 2023.3 | 2024.3 |
| matlab | R2023b | R2025a |

## What you need to do

- Scripts that pin versions (`module load gcc/12.3.0`) keep working.
- Scripts that use `module load gcc` get the new version. Rebuild your own code against the new compilers and MPI.
- Python virtual environments made with 3.11.7 must be recreated.
- To use the old stack: `module load stack/2026a` (available until 2027-03-01).
- Launch Open MPI 5 programs with `srun --mpi=pmix`.
"""

DOCS["using-the-module-system.md"] = """# Using the module system (Lmod)
Updated: 2026-09-01

Software on Tinden and Skarven is provided as modules managed by Lmod. There are about 330 modules, grouped in software stacks.

## Common commands

| Command | What it does |
|---|---|
| `module avail` | list modules you can load now |
| `module spider gromacs` | find all versions of a module and how to load them |
| `module load python/3.12.4` | load a specific version |
| `module list` | show loaded modules |
| `module purge` | unload everything |
| `module save myenv` / `module restore myenv` | save and restore a set |

## Stacks

- `stack/2026b` — default since 2026-09-01
- `stack/2026a` — previous default, loadable until 2027-03-01
- `stack/2025b` — removed on 2026-09-01

Always pin versions in batch scripts. `module load <name>` without a version loads the default, which can change at a stack change. Start job scripts with `module purge` so that modules from your login shell do not leak in.

Module pages (*Module: <name>*) list versions, the default and known issues.
"""

DOCS["job-priority-and-fair-share.md"] = """# Job priority and fair-share
Updated: 2026-05-14

Slurm orders pending jobs by a priority number made of weighted factors:

| Factor | Weight | Notes |
|---|---|---|
| Fair-share | 10,000 | based on your project's recent use versus its allocation |
| Age | 2,000 | grows until the job has waited 7 days |
| QoS | 1,000 | e.g. `high` +1000, `devel` +2000, `low` -500 |
| Job size | 500 | larger jobs get slightly more |

Fair-share usage decays with a **half-life of 14 days**. Use `sshare -A <project>` to see your project's fair-share factor and `sprio -j <jobid>` for a job's priority.

Backfill lets small jobs start early if they fit before reserved resources are needed, so accurate `--time` values help your jobs start sooner.

Pending reasons: `Priority` (others are ahead), `Resources` (waiting for nodes), `AssocGrpCPUMinutesLimit` (the project's allocation is used up).
"""

DOCS["helpdesk-how-to-get-help.md"] = """# How to get help from the Research Computing Help Desk
Updated: 2026-04-02

## Channels

- HaldenDesk portal: https://rc.halden.edu/help (preferred)
- E-mail: rc-help@halden.edu (creates a ticket automatically; ticket numbers look like RC-204518)
- Office hours: Tuesdays 13:00-15:00, Library Building room L2.14

## Response targets

| Priority | Example | First response |
|---|---|---|
| P1 | cluster-wide outage, security incident | 1 hour (working hours) |
| P2 | a user cannot work at all | 4 working hours |
| P3 | normal question or problem | 1 working day |
| P4 | software installation request | 5 working days |

## Writing a good ticket

Include the cluster, job ID, the job script, the exact error message and what you already tried. Do not send passwords. Replies come from the help desk with the ticket number in the subject; keep it when you reply.
"""

DOCS["howto-migrate-from-brenna.md"] = """# Migrating from Brenna to Tinden
Updated: 2026-07-01

Brenna retires on 2026-07-31. Use this checklist.

1. Log in to `login.tinden.halden.edu` and check your project with `rcusage`.
2. Rebuild your code with `gcc/13.2.0` or `intel-oneapi-compilers/2024.1.0`. Brenna binaries built for Skylake run on Tinden's AMD CPUs but slower.
3. Replace `--partition=br-normal` with `--partition=normal`, and `br-gpu` with `gpu` plus `--gpus-per-node=a100:1`.
4. Tinden nodes have 96 cores instead of 40: adjust `--ntasks-per-node`.
5. Copy data from Brenna `/work` to Tinden `/scratch` or `/project` before 2026-07-31; after that, use the read-only copy in `/migrate/brenna` (until 2026-10-31).

Default memory per CPU is 3900M on Tinden `normal` versus 4700M on Brenna.
"""

DOCS["howto-checkpoint-long-jobs.md"] = """# How to checkpoint long jobs
Updated: 2026-08-26

Long jobs should save their state regularly so they can restart after a time limit, a node failure or maintenance. This matters more since the `long` partition's maximum wall time became 7 days on 2026-10-01.

## Pattern

```bash
#SBATCH --signal=B:USR1@600
trap 'echo checkpointing; touch STOP' USR1
```

Slurm sends `USR1` 10 minutes before the time limit; your program writes a checkpoint and exits. Resubmit with a dependency:

```bash
sbatch --dependency=afternotok:$SLURM_JOB_ID job.sh
```

Many codes have built-in checkpointing: GROMACS (`-cpi state.cpt`), LAMMPS (`write_restart`), OpenFOAM (`writeInterval`), PyTorch (save `state_dict` every N steps).

DMTCP is available for codes without their own checkpointing (`module load dmtcp` on request).
"""

DOCS["howto-job-arrays.md"] = """# How to use job arrays
Updated: 2026-03-22

Job arrays submit many similar jobs with one script.

```bash
#SBATCH --array=1-500%50
python run.py --case $SLURM_ARRAY_TASK_ID
```

- `%50` limits how many tasks run at once.
- Maximum array size: 10,000 tasks (limit introduced in 2025 after the Slurm controller ran out of memory on a huge array).
- Each array task counts as one job towards QoS limits (`normal`: 500 running, 2,000 submitted per user).
- Output files: use `%A_%a` in `--output` to get the array ID and task ID.

Cancel a single task with `scancel 123456_7`.
"""

DOCS["howto-interactive-jobs.md"] = """# How to run interactive jobs
Updated: 2026-06-17

For testing, use an interactive allocation instead of the login node.

```bash
salloc --partition=devel --time=00:30:00 --ntasks=4 --account=hal-pXXXX
srun --pty bash
```

- `devel` allows up to 1 hour and 2 nodes; the `devel` QoS allows 2 running jobs per user.
- GPU tests: `--partition=gpu-devel --gpus-per-node=a100:1` (up to 2 hours).
- Jupyter and RStudio: use Open OnDemand (https://ondemand.halden.edu), which runs on `sk-interactive` on Skarven with a maximum of 12 hours.

Remember to exit the shell when you are done; the allocation keeps running (and charging your project) until its time limit or until you exit.

"""

DOCS["howto-transfer-data.md"] = """# How to transfer data to and from the clusters
Updated: 2026-04-08

| Method | Endpoint | Good for |
|---|---|---|
| rsync / scp | dtn.halden.edu | up to a few hundred GB |
| Globus | halden#tinden-dtn, halden#skarven-dtn | large transfers, external partners |
| rclone | from login or dtn | cloud storage (OneDrive, S3) |

Do not run big transfers on login nodes; the data transfer node `dtn.halden.edu` has 100 Gbit/s to the campus network.

Example: `rsync -avP results/ user@dtn.halden.edu:/project/hal-pXXXX/results/`

Globus endpoints map `/home`, `/scratch`, `/project` and `/archive`.
"""

DOCS["howto-check-quota-and-usage.md"] = """# How to check your quota and allocation usage
Updated: 2026-07-02

## Storage

```
$ rcquota
Filesystem   Used     Quota    Files      File limit
/home        31 GB    50 GB    212,004    500,000
/scratch     4.2 TB   20 TB    1,330,120  5,000,000
```

`rcquota -p hal-pXXXX` shows project and archive usage.

## Compute

`rcusage -a hal-pXXXX` shows core-hours and GPU-hours used and remaining in the current period. `rcusage -u` shows your own share.

When the allocation is used up, jobs stay pending with reason `AssocGrpCPUMinutesLimit` (CPU) or `AssocGrpGRESMinutes` (GPU).
"""

DOCS["howto-request-more-project-storage.md"] = """# How to request more project storage
Updated: 2026-07-01

The default project quota is 20 TB. To ask for more:

1. Open a HaldenDesk ticket with category *Storage request*.
2. Give the project ID, the quota you need, expected growth over 12 months, and a link to the data management plan.
3. Up to 50 TB: decided by RC staff within 5 working days. 50-200 TB: decided by the allocation committee at its next meeting.

Over 200 TB is not offered on /project; use /archive for the cold part of the data.
"""

DOCS["incident-2026-09-17-tinden-scratch-outage.md"] = """# Incident INC-2026-023: /scratch outage on Tinden
Date: 2026-09-18

| | |
|---|---|
| Incident | INC-2026-023 |
| Cluster | Tinden |
| Start | 2026-09-17 06:40 |
| End | 2026-09-17 16:10 |
| Duration | 9.5 hours |
| Jobs affected | 2,140 |

## What happened

Two object storage targets (OSTs) of Tinden's /scratch went offline after a controller firmware fault. File access on /scratch hung, and running jobs that read or wrote scratch stalled or failed.

## Impact

No data were lost. Jobs that failed were refunded automatically. Because the outage lasted longer than 4 hours, the scratch purge was paused from 2026-09-17 to 2026-09-24, as the purge policy requires.

## Follow-up

The controller firmware was upgraded on all storage enclosures on 2026-09-30. A full upgrade of the Lustre servers to 2.16 is planned for the extended maintenance on 2026-12-02.
"""

DOCS["notice-2026-11-06-tinden-extended-maintenance-2026-12-02.md"] = """# Notice: extended Tinden maintenance on 2026-12-02
Date: 2026-11-06

Tinden has an **extended** maintenance window on **Wednesday 2026-12-02 from 07:00 to 20:00** (the regular window ends at 17:00).

## Work planned

- Lustre server upgrade to 2.16 on /scratch (follow-up to incident INC-2026-023)
- Slurm upgrade from 24.11 to 25.05
- NVIDIA driver update on gpu and gpu-h100 nodes

## Impact

Full outage of Tinden: login nodes, all partitions and /scratch. Skarven keeps running, but /home and /project are unavailable for about two hours (10:00-12:00) while the storage network is updated.

Reservation `maint_tinden_20261202` starts at 07:00. Jobs whose wall time would reach past that point will not start until the window ends.
"""

DOCS["change-report-2026-05-13-slurm-24-11.md"] = """# Change report: Slurm 24.11 upgrade
Date: 2026-05-14

On 2026-05-13, during an unscheduled half-day window, Slurm on Tinden and Skarven was upgraded from 23.11 to 24.11.5.

## User-visible changes

- `sacct` output includes a new `TRESUsageInTot` field.
- `--gpus-per-node=a100:N` is now the preferred form; `--gres=gpu:a100:N` still works.
- `seff` is replaced by `rcseff`, a wrapper that also reports GPU utilisation; `seff` still works as an alias.

Pending jobs were preserved. 37 running jobs on Skarven were requeued because of a controller restart.
"""

DOCS["faq-general.md"] = """# FAQ: general questions
Updated: 2026-09-05

**Who can get an account?**
Halden staff, PhD candidates and students with a PI who has an active project. Apply in the RC portal.

**Does it cost anything?**
No. Compute is allocated, not billed. Large requests go through the allocation calls.

**Which cluster should I use?**
Tinden for most CPU and all GPU work; Skarven when you need more than 384 GB of memory per node for long analyses, or for Jupyter and RStudio through Open OnDemand.

**Can I still use Brenna?**
No, Brenna was retired on 2026-07-31.

**Why does my job say `ReqNodeNotAvail, Reserved for maintenance`?**
Its wall time would overlap a maintenance window. Shorten `--time` or wait until the window ends.

**How do I cite Research Computing?**
See *Acknowledging Research Computing*.
"""

DOCS["faq-storage.md"] = """# FAQ: storage
Updated: 2026-08-02

**How long are files kept on scratch?**
Until they have not been accessed for 30 days (since 2026-08-01; it was 60 days before). Nothing on scratch is backed up.

**What is the default project quota?**
20 TB since 2026-07-01 (it was 10 TB).

**I deleted a file in home. Can I get it back?**
Yes, within 14 days, from `/home/.snapshots`.

**Can I get a scratch purge exemption?**
No. Move data you need to /project or /archive.

**What is the home quota?**
50 GB and 500,000 files. It is not increased.

**Why does `Disk quota exceeded` appear when I have space left?**
You may have hit the file-count limit. Check with `rcquota`.
"""

DOCS["faq-gpu.md"] = """# FAQ: GPUs
Updated: 2026-10-21

**Which GPUs are there?**
A100 80GB on the `gpu` partition (40 nodes x 4 GPUs, plus 2 nodes in `gpu-devel`) and H100 SXM 80GB on `gpu-h100` (12 nodes x 4 GPUs, since 2026-06-15).

**How do I get H100 time?**
Through the 2026 Large-Scale GPU Call or the 2026 Autumn Allocation Call. Without an H100 allocation, jobs are rejected with `Invalid qos specification`.

**How many GPUs can I use at once?**
`gpu` QoS: 16 A100 GPUs per user. `gpu-h100` QoS: 8 H100 GPUs per user.

**What is the longest GPU job?**
2 days on `gpu`, 1 day on `gpu-h100`, 2 hours on `gpu-devel`.

**Is MIG (multi-instance GPU) available?**
No. Each job gets whole GPUs.

**Which CUDA should I use?**
The default `cuda/12.6.2`. `cuda/11.8.0` does not work on H100.
"""

DOCS["acknowledging-research-computing.md"] = """# Acknowledging Research Computing
Updated: 2025-06-10

Please add this sentence to publications that used our systems:

> The computations were performed on resources provided by Halden University Research Computing (Tinden/Skarven clusters).

Register the publication in the RC portal under *My projects > Publications*.

If a member of RC staff contributed substantially to the work (for example code optimisation or a custom workflow), consider co-authorship or a named acknowledgement in addition to the standard sentence. Theses should use the same sentence in the acknowledgements section. For questions, contact rc-help@halden.edu.
 The allocation committee looks at reported publications when it reviews renewal applications.
"""

DOCS["training-catalogue.md"] = """# Training catalogue
Updated: 2026-08-28

Research Computing offers free courses for Halden staff and students. Sessions are listed as separate pages (*Course: <title> (<date>)*).

| Course | Length | Prerequisites |
|---|---|---|
| Introduction to Linux on the Clusters | half day | none |
| Slurm Basics: Submitting and Monitoring Jobs | half day | Linux basics |
| Advanced Slurm: Arrays, Dependencies and GPUs | half day | Slurm Basics |
| Python for HPC | full day | basic Python |
| R on the Clusters | half day | basic R |
| GPU Programming with CUDA | two days | C or C++ |
| Deep Learning on Tinden GPUs | full day | Python, PyTorch basics |
| Introduction to MPI | two days | C, C++ or Fortran |
| Shared-Memory Parallelism with OpenMP | full day | C, C++ or Fortran |
| Research Data Management and Storage Tiers | half day | none |
| Containers with Apptainer | half day | Slurm Basics |
| Workflows with Snakemake and Nextflow | full day | Slurm Basics |
| Version Control with Git | half day | none |

PhD candidates can get 1 ECTS credit for completing four courses plus a small project. Register at https://rc.halden.edu/training.
"""

DOCS["glossary.md"] = """# Glossary
Updated: 2026-06-16

- **Allocation**: core-hours and GPU-hours awarded to a project for a period.
- **Core-hour**: one CPU core used for one hour.
- **Fair-share**: priority factor that lowers the priority of projects that used a lot recently (half-life 14 days).
- **gpu-h100**: Tinden partition with NVIDIA H100 GPUs, open since 2026-06-15.
- **HaldenDesk**: the help desk ticket system.
- **HaldenSafe**: secure platform for red (sensitive) data.
- **OOM**: out of memory; the job used more memory than requested and was killed.
- **Purge**: automatic deletion of old files on /scratch (30 days without access).
- **QoS**: quality of service; a set of limits and a priority adjustment in Slurm.
- **Stack**: a versioned set of modules (2026b is the default since 2026-09-01).
"""

DOCS["sbatch-cheat-sheet.md"] = """# sbatch cheat sheet
Updated: 2026-10-02

| Option | Example | Notes |
|---|---|---|
| `--account` | `--account=hal-p1234` | required; jobs without it are rejected |
| `--partition` | `--partition=normal` | default is `normal` |
| `--time` | `--time=1-12:00:00` | default 01:00:00; max depends on partition |
| `--nodes` / `--ntasks-per-node` | `--nodes=2 --ntasks-per-node=96` | Tinden CPU nodes have 96 cores |
| `--cpus-per-task` | `--cpus-per-task=8` | for OpenMP/threads |
| `--mem` / `--mem-per-cpu` | `--mem=180G` | defaults: 3900M per CPU on Tinden |
| `--gpus-per-node` | `--gpus-per-node=a100:2` | gpu and gpu-h100 partitions only |
| `--array` | `--array=1-100%20` | up to 10,000 tasks |
| `--qos` | `--qos=high` | needs priority hours |
| `--mail-type` | `--mail-type=END,FAIL` | mail to your Halden address |

Max wall times: normal 3 days, short 4 h, long 7 days, devel 1 h, bigmem 3 days, gpu 2 days, gpu-h100 1 day, gpu-devel 2 h, preempt 1 day; Skarven sk-normal 5 days, sk-hugemem 2 days, sk-interactive 12 h.
"""

DOCS["incident-process-and-status-page.md"] = """# Incident process and status page
Updated: 2025-10-14

When something breaks, RC opens an incident with an ID like INC-2026-014 and posts it on https://status.rc.halden.edu within 30 minutes during working hours.

- Updates are posted at least every 2 hours until resolved.
- A report with cause, impact and follow-up is published within 5 working days.
- Core-hours lost to incidents are normally refunded automatically for jobs that ran more than 10 minutes.

Subscribe to the status page by e-mail or RSS.
"""

DOCS["news-2026-09-01-autumn-call-open.md"] = """# News: 2026 Autumn Allocation Call is open
Date: 2026-09-01

The 2026 Autumn Allocation Call opened today. Deadline: 2026-10-15 at 12:00. For the first time a regular call includes H100 time (250,000 GPU-hours). Information meeting: 2026-09-10 at 14:00, online. See *Allocation call: 2026 Autumn Allocation Call*.

The call offers 180 million core-hours and 400,000 A100 GPU-hours in addition to the H100 time. New this year: requests for project storage above the 20 TB default can be made in the same application.

"""

DOCS["news-2026-01-15-2025-autumn-call-results.md"] = """# News: 2025 Autumn call results
Date: 2026-01-15

The allocation committee received 61 applications in the 2025 Autumn Allocation Call and awarded 54. In total 146 million core-hours and 288,000 A100 GPU-hours were awarded for 2026. The largest award went to a climate downscaling project with 6 million core-hours.

Seven applications were declined, mostly because they lacked scaling evidence or a data management plan for large storage requests. PIs were told the reasons in their decision letters and may apply again in the 2026 Spring call.

"""

DOCS["news-2026-10-20-gpu-h100-usage-report.md"] = """# News: first months of the H100 partition
Date: 2026-10-20

Since `gpu-h100` opened on 2026-06-15, 19 projects have run 118,000 H100 GPU-hours. Average GPU utilisation was 71%. The most common problem reported to the help desk was jobs asking for more than the 1-day wall time limit; we have no plans to raise it, and recommend checkpointing every few hours.

The next allocation round for H100 time is the 2026 Autumn Allocation Call, which offers 250,000 H100 GPU-hours for 2027. Projects that want to test H100 performance before applying can ask the help desk for a short trial of up to 500 GPU-hours.

"""

DOCS["howto-estimate-memory-avoid-oom.md"] = """# How to estimate memory and avoid OOM kills
Updated: 2026-06-05

When a job uses more memory than it asked for, Slurm kills it and the output shows:

```
slurmstepd: error: Detected 1 oom_kill event in StepId=123456.batch. Some of your processes may have been killed by the cgroup out-of-memory handler.
```

## What to do

1. Check the peak use of a finished job: `rcseff <jobid>` (or `sacct -j <jobid> -o MaxRSS,ReqMem`).
2. Ask for about 20% more than the peak: `--mem=48G` or `--mem-per-cpu=8G`.
3. Per-node limits: tn-cpu 384 GB (use up to 370G), tn-bigmem 1.5 TB, sk-mem 1 TB, sk-huge 4 TB.
4. Need more than 370G on Tinden? Use `bigmem`, or `sk-normal` / `sk-hugemem` on Skarven.

Default memory is 3900M per CPU on Tinden CPU partitions, so a 1-core job without `--mem` gets under 4 GB.
"""

DOCS["howto-open-ondemand.md"] = """# How to use Open OnDemand (Jupyter and RStudio)
Updated: 2026-09-03

Open OnDemand at https://ondemand.halden.edu gives browser access to JupyterLab, RStudio Server and a remote desktop.

- Sessions run on the `sk-interactive` partition on Skarven: up to 12 hours, 1 node, up to 32 cores and 480 GB memory.
- Choose the Python or R version in the form; defaults follow the current stack (python 3.12.4, r 4.4.1 since 2026-09-01).
- Your account must be charged: pick a project in the form.
- Idle sessions are stopped after 2 hours without activity.
"""

def main():
    for fn, text in DOCS.items():
        with open(os.path.join(OUT, fn), "w") as f:
            f.write(text.strip() + "\n")
    print("core docs", len(DOCS))

if __name__ == "__main__":
    main()
