import json, random, os, re
from ft_common import SYSTEM
import ft_tickets, ft_announce, ft_release, ft_payslip
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SIGN = {0: "\nUnterschrift: {n}", 5: "\nsign as {n}", 7: "\n(from {n})", 9: "\nGruß, {n}", 12: "\nsign-off: {n}",
        15: "\nUnterschreib mit {n}", 17: "\n– {n}", 19: "\nSigned {n}.", 21: "\nAbsender: {n}", 24: "\nUnterschrift {n}"}


def examples(split):
    out = []
    for fam, mod in [("ticket", ft_tickets), ("announcement", ft_announce), ("release", ft_release), ("payslip", ft_payslip)]:
        items = mod.TRAIN if split == "train" else mod.VALID
        for i, it in enumerate(items):
            it = dict(it)
            if fam == "ticket" and split == "train" and i in SIGN and SIGN[i]:
                first = it["agent"].split()[0]
                if first not in it["user"]:
                    it["user"] = it["user"].rstrip() + SIGN[i].format(n=first)
            out.append((fam, {"messages": [{"role": "system", "content": SYSTEM},
                                           {"role": "user", "content": it["user"].strip()},
                                           {"role": "assistant", "content": mod.render(it)}]}))
    return out


for split in ("train", "validation"):
    ex = examples(split)
    random.Random(7 if split == "train" else 8).shuffle(ex)
    with open(os.path.join(ROOT, "finetune", f"{split}.jsonl"), "w", encoding="utf-8") as f:
        for fam, e in ex:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    from collections import Counter
    print(split, len(ex), Counter(f for f, _ in ex))
