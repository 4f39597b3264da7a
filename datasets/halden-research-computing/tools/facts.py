# Single source of truth for Halden University Research Computing facts.
TODAY = "2026-11-10"
CUTOFF = "2026-04-15"

HELP_EMAIL = "rc-help@halden.edu"
PORTAL = "https://rc.halden.edu"
DESK = "HaldenDesk"
OFFICE_HOURS = "Tuesdays 13:00-15:00, Library Building room L2.14"

CLUSTERS = {
    "tinden": dict(name="Tinden", login="login.tinden.halden.edu", since="2023-03-01", status="in service",
                   desc="flagship CPU and GPU cluster", cpu="2x AMD EPYC 9454 (96 cores)"),
    "skarven": dict(name="Skarven", login="login.skarven.halden.edu", since="2021-05-10", status="in service",
                    desc="large-memory and data-analytics cluster", cpu="2x Intel Xeon Platinum 8358 (64 cores)"),
    "brenna": dict(name="Brenna", login="login.brenna.halden.edu", since="2017-09-04", status="retired 2026-07-31",
                   desc="legacy Intel cluster (retired)", cpu="2x Intel Xeon Gold 6148 (40 cores)"),
}
BRENNA_RETIRED = "2026-07-31"
BRENNA_READONLY_UNTIL = "2026-10-31"  # /brenna/work read-only copy

# partitions: name -> dict
PARTITIONS = [
    # name, cluster, maxwall, nodes, node_type, max_nodes_job, default_mem_per_cpu, notes
    dict(name="normal", cluster="Tinden", maxwall="3-00:00:00", nodes=512, node="tn-cpu (96 cores, 384 GB)", maxnodes=32, mem="3900M", qos="normal", purpose="general multi-node and single-node CPU jobs"),
    dict(name="short", cluster="Tinden", maxwall="04:00:00", nodes=40, node="tn-cpu (96 cores, 384 GB)", maxnodes=8, mem="3900M", qos="normal", purpose="short CPU jobs with faster turnaround"),
    dict(name="long", cluster="Tinden", maxwall="7-00:00:00", nodes=36, node="tn-cpu (96 cores, 384 GB)", maxnodes=4, mem="3900M", qos="long", purpose="long-running CPU jobs that cannot checkpoint"),
    dict(name="devel", cluster="Tinden", maxwall="01:00:00", nodes=8, node="tn-cpu (96 cores, 384 GB)", maxnodes=2, mem="3900M", qos="devel", purpose="testing and debugging"),
    dict(name="bigmem", cluster="Tinden", maxwall="3-00:00:00", nodes=16, node="tn-bigmem (96 cores, 1.5 TB)", maxnodes=4, mem="15G", qos="normal", purpose="CPU jobs needing more than 384 GB per node"),
    dict(name="gpu", cluster="Tinden", maxwall="2-00:00:00", nodes=40, node="tn-gpu-a100 (4x NVIDIA A100 80GB)", maxnodes=4, mem="9500M", qos="gpu", purpose="GPU jobs on A100 nodes"),
    dict(name="gpu-h100", cluster="Tinden", maxwall="1-00:00:00", nodes=12, node="tn-gpu-h100 (4x NVIDIA H100 SXM 80GB)", maxnodes=2, mem="9500M", qos="gpu-h100", purpose="large GPU training jobs on H100 nodes (opened 2026-06-15)"),
    dict(name="gpu-devel", cluster="Tinden", maxwall="02:00:00", nodes=2, node="tn-gpu-a100 (4x NVIDIA A100 80GB)", maxnodes=1, mem="9500M", qos="devel", purpose="GPU testing and debugging"),
    dict(name="preempt", cluster="Tinden", maxwall="1-00:00:00", nodes=596, node="any Tinden CPU node", maxnodes=16, mem="3900M", qos="low", purpose="scavenger jobs that may be preempted"),
    dict(name="sk-normal", cluster="Skarven", maxwall="5-00:00:00", nodes=112, node="sk-mem (64 cores, 1 TB)", maxnodes=8, mem="15G", qos="normal", purpose="memory-heavy analysis jobs"),
    dict(name="sk-hugemem", cluster="Skarven", maxwall="2-00:00:00", nodes=8, node="sk-huge (64 cores, 4 TB)", maxnodes=1, mem="62G", qos="hugemem", purpose="jobs needing up to 4 TB on one node"),
    dict(name="sk-interactive", cluster="Skarven", maxwall="12:00:00", nodes=8, node="sk-mem (64 cores, 1 TB)", maxnodes=1, mem="15G", qos="normal", purpose="interactive sessions, Jupyter and RStudio"),
    dict(name="br-normal", cluster="Brenna", maxwall="2-00:00:00", nodes=0, node="br-cpu (40 cores, 192 GB)", maxnodes=16, mem="4700M", qos="normal", purpose="RETIRED with Brenna on 2026-07-31"),
    dict(name="br-gpu", cluster="Brenna", maxwall="1-00:00:00", nodes=0, node="br-gpu-p100 (2x NVIDIA P100)", maxnodes=2, mem="4700M", qos="gpu", purpose="RETIRED with Brenna on 2026-07-31"),
]
LONG_OLD_MAXWALL = "14-00:00:00"
LONG_CHANGE_DATE = "2026-10-01"
H100_OPEN = "2026-06-15"

QOS = [
    dict(name="normal", prio=0, maxjobs=500, maxsubmit=2000, note="default QoS on CPU partitions"),
    dict(name="high", prio=1000, maxjobs=100, maxsubmit=200, note="needs an active allocation with priority hours"),
    dict(name="long", prio=0, maxjobs=20, maxsubmit=50, note="only on the long partition; max 384 cores per user"),
    dict(name="devel", prio=2000, maxjobs=2, maxsubmit=4, note="devel and gpu-devel partitions"),
    dict(name="gpu", prio=0, maxjobs=32, maxsubmit=100, note="max 16 GPUs in use per user on the gpu partition"),
    dict(name="gpu-h100", prio=0, maxjobs=8, maxsubmit=20, note="max 8 H100 GPUs in use per user; project must hold an H100 allocation"),
    dict(name="hugemem", prio=0, maxjobs=2, maxsubmit=6, note="sk-hugemem only"),
    dict(name="low", prio=-500, maxjobs=1000, maxsubmit=5000, note="preempt partition; jobs may be requeued"),
]

STORAGE = {
    "home": dict(path="/home/<user>", quota="50 GB", files="500,000 files", backup="nightly backup, snapshots kept 14 days", purge="never purged"),
    "scratch": dict(path="/scratch/<user>", quota="20 TB", files="5,000,000 files", backup="no backup", purge="files not accessed for 30 days are deleted"),
    "project": dict(path="/project/<project-id>", quota="20 TB (default)", files="10,000,000 files", backup="weekly backup to tape, snapshots kept 30 days", purge="never purged while the project is active; 180 days after project end"),
    "archive": dict(path="/archive/<project-id>", quota="100 TB (default)", files="200,000 files", backup="two tape copies in separate buildings", purge="kept 10 years after project end"),
}
SCRATCH_OLD = 60
SCRATCH_NEW = 30
SCRATCH_CHANGE = "2026-08-01"
PROJECT_QUOTA_OLD = "10 TB"
PROJECT_QUOTA_NEW = "20 TB"
PROJECT_QUOTA_CHANGE = "2026-07-01"
STACK_CHANGE = "2026-09-01"

# default module changes on 2026-09-01 (stack 2026b)
DEFAULT_CHANGES = {
    "gcc": ("12.3.0", "13.2.0"),
    "python": ("3.11.7", "3.12.4"),
    "cuda": ("12.2.1", "12.6.2"),
    "openmpi": ("4.1.5", "5.0.3"),
    "r": ("4.3.2", "4.4.1"),
    "pytorch": ("2.1.2", "2.4.0"),
    "gromacs": ("2023.3", "2024.3"),
    "matlab": ("R2023b", "R2025a"),
}
