import random
from common import *
from facts import *
from sections import S, CHAPTERS

LETTERS = "ABCDEFGHIJ"


def code_title(s):
    return f"§ {s['num']} {s['title']}"


def run():
    rnd = random.Random(17)
    by_ch = {}
    for s in S:
        by_ch.setdefault(s["num"][:5], []).append(s)
    for s in S:
        ch = s["num"][:5]
        title_no = ch.split(".")[0]
        tname = "Buildings and Construction" if title_no == "15" else "Zoning"
        variant = rnd.randint(0, 2)
        out = []
        if variant == 0:
            out.append(f"Fernhill Municipal Code › Title {title_no} {tname} › Chapter {ch} {CHAPTERS[ch]}\n")
        elif variant == 1:
            out.append(f"**Title {title_no}, {tname}** · **Chapter {ch}, {CHAPTERS[ch]}**\n")
        else:
            out.append(f"Chapter {ch} ({CHAPTERS[ch]}) of the Fernhill Municipal Code, Title {title_no}.\n")
        out.append(f"## § {s['num']} {s['title']}\n")
        if len(s["text"]) == 1:
            out.append(s["text"][0] + "\n")
            out.append("This definition applies throughout Title 17 unless a section sets out a different definition for its own purposes.\n")
        else:
            for i, t in enumerate(s["text"]):
                out.append(f"({LETTERS[i]}) {t}\n")
        if s.get("note"):
            hdr = rnd.choice(["Editor's note", "Staff note", "Note"])
            out.append(f"> **{hdr}:** {s['note']}\n")
        out.append(f"**History:** {s['history']}.\n")
        sib = [x for x in by_ch[ch] if x is not s]
        if variant != 2 and sib:
            out.append("### Other sections in this chapter\n")
            for x in sib[:8]:
                out.append(f"- § {x['num']} {x['title']}")
            out.append("")
        if s["related"]:
            out.append("### " + rnd.choice(["Related pages", "See also", "Related information"]) + "\n")
            for r in s["related"]:
                out.append(f"- {r}")
            out.append("")
        if variant == 2 or rnd.random() < 0.3:
            out.append(rnd.choice([
                f"Questions about this section can be directed to the {CENTRE} at {PHONE_CENTRE} or {EMAIL_PERMITS}.",
                f"For zoning questions, contact the Planning Division at {PHONE_PLANNING} or {EMAIL_PLANNING}.",
                "This page reproduces the adopted text for convenience. In case of conflict, the official code maintained by the City Clerk controls.",
                "Online code pages are updated after each ordinance takes effect. The date at the top of this page shows the last update.",
            ]))
        fname = f"code-{s['num'].replace('.', '-')}-{slug(s['title'])}"[:90]
        add(fname, code_title(s), s["updated"], "\n".join(out))


if __name__ == "__main__":
    run()
    print(len(DOCS))
