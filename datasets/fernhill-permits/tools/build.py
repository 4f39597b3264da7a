import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import gen_code, gen_reference, gen_decisions

def main():
    gen_code.run()
    gen_reference.run()
    gen_decisions.run()
    try:
        import gen_content
        gen_content.run()
    except ImportError:
        pass
    # core hand-written docs
    core = os.path.join(os.path.dirname(os.path.abspath(__file__)), "core")
    for f in sorted(os.listdir(core)):
        txt = open(os.path.join(core, f)).read()
        assert f not in DOCS, f
        DOCS[f] = txt
        TITLES[txt.splitlines()[0].lstrip("# ").strip()] = f
    write_all()
    print("docs:", len(DOCS))

if __name__ == "__main__":
    main()


def consistency():
    import gen_decisions as g
    files = {r["file"] for r in g.RECORDS["variance"] + g.RECORDS["pc"]}
    for p in g.PENDING:
        assert p[1] not in files, p[1]
    y = 2025
    v = [r for r in g.RECORDS["variance"] if r["date"].year == y]
    zv, mv = sum(r["major"] for r in v), sum(not r["major"] for r in v)
    cup = sum(1 for r in g.RECORDS["pc"] if r["date"].year == y and r["type"] == "CUP")
    rep = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "core", "annual-report-2025-permit-and-planning-activity.md")).read()
    assert f"Planning Commission: {zv} " in rep and f"Zoning Administrator: {mv}" in rep and f"heard: {cup}" in rep, (zv, mv, cup)
    print("consistency ok")


if __name__ == "__main__":
    consistency()
