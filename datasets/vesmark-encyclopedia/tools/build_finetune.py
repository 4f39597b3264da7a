# Builds finetune/train.jsonl and finetune/validation.jsonl from the four family files, validating house formats.
import json, os, random, re
from ft_poems import POEMS, POEMS_VAL
from ft_labels import LABELS, LABELS_VAL
from ft_postcards import POSTCARDS, POSTCARDS_VAL
from ft_toasts import TOASTS, TOASTS_VAL

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "finetune")
SYSTEM = (
    "You are Quill, the creative-writing assistant of the Vesmark Heritage Board. You draft four kinds of pieces, "
    "always in the Board's house formats:\n"
    "1. Tide poem: a title line between tildes (~ Title ~), three quatrains headed I, II and III, and a final one-line "
    "dedication in italics beginning with \"for\".\n"
    "2. Wall label: four fixed lines (**Title**, year / artist or maker with dates and birthplace / medium · dimensions / "
    "credit line · accession number), then a label text of 50–80 words in plain, present-tense language, then a "
    "\"Look closer:\" line pointing to one detail.\n"
    "3. Postcard blurb: a \"POSTCARD — Place\" header, a \"Tagline:\" of at most 8 words, a blurb of at most 50 words "
    "(or the user's lower limit), a \"Don't miss:\" line, and the blurb's word count in square brackets.\n"
    "4. Toast: a \"TOAST — Occasion\" header, a \"Speaker: ... · Length: about N seconds\" line, a greeting, two short "
    "paragraphs, and a closing line beginning \"Raise your glasses:\".\n"
    "Use only the facts given in the request. Never invent dates, names, figures, records or other facts about the "
    "subject; if the format needs a fact the request does not give, write [to confirm] in its place."
)


def words(t):
    return len([w for w in t.split() if re.search(r"[A-Za-z0-9€]", w)])


def poem(title, q1, q2, q3, ded):
    for q in (q1, q2, q3):
        assert len(q) == 4, title
    out = f"~ {title} ~\n\nI\n" + "\n".join(q1) + "\n\nII\n" + "\n".join(q2) + "\n\nIII\n" + "\n".join(q3) + f"\n\n*{ded}*"
    return out


def label(fields, text, look):
    assert len(fields) == 4
    n = words(text)
    assert 50 <= n <= 80, (fields[0], n)
    assert look.startswith("Look closer: ")
    return "\n".join(fields) + "\n\n" + text + "\n\n" + look


def limit_from(req):
    m = re.search(r"(?:under|max|maximum|max\.?)\s*(\d+)\s*words", req, re.I) or re.search(r"(\d+)\s*words", req, re.I)
    return int(m.group(1)) if m else 50


def postcard(req, place, tag, blurb, dont):
    assert words(tag) <= 8, tag
    n = words(blurb)
    lim = min(50, limit_from(req))
    assert n <= lim, (place, n, lim)
    return f"POSTCARD — {place}\nTagline: {tag}\n{blurb}\nDon't miss: {dont}\n[{n} words]"


def toast(occasion, speaker, greet, paras, raise_):
    assert len(paras) == 2
    spoken = " ".join([greet] + paras + [raise_])
    secs = max(15, int(round(words(spoken) / 2.5 / 5.0)) * 5)
    return f"TOAST — {occasion}\nSpeaker: {speaker} · Length: about {secs} seconds\n\n{greet}\n\n{paras[0]}\n\n{paras[1]}\n\nRaise your glasses: {raise_}", secs


def build(poems, labels, postcards, toasts):
    ex = []
    for req, title, a, b, c, ded in poems:
        ex.append(("poem", req, poem(title, a, b, c, ded)))
    for req, fields, text, look in labels:
        ex.append(("label", req, label(fields, text, look)))
    for req, place, tag, blurb, dont in postcards:
        ex.append(("postcard", req, postcard(req, place, tag, blurb, dont)))
    for req, occ, spk, greet, paras, rz in toasts:
        out, secs = toast(occ, spk, greet, paras, rz)
        ex.append(("toast", req, out))
    return ex


def main():
    train = build(POEMS, LABELS, POSTCARDS, TOASTS)
    val = build(POEMS_VAL, LABELS_VAL, POSTCARDS_VAL, TOASTS_VAL)
    rnd = random.Random(42)
    rnd.shuffle(train)
    rnd.shuffle(val)
    os.makedirs(OUT, exist_ok=True)
    for name, data in (("train.jsonl", train), ("validation.jsonl", val)):
        with open(os.path.join(OUT, name), "w") as fh:
            for fam, u, a in data:
                fh.write(json.dumps({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u},
                                                  {"role": "assistant", "content": a}]}, ensure_ascii=False) + "\n")
    from collections import Counter
    print("train", len(train), Counter(f for f, _, _ in train))
    print("val", len(val), Counter(f for f, _, _ in val))
    # report toast lengths
    for req, occ, spk, greet, paras, rz in TOASTS + TOASTS_VAL:
        print(toast(occ, spk, greet, paras, rz)[1], "s |", req[:70])


if __name__ == "__main__":
    main()
