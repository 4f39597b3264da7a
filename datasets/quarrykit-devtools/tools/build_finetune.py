#!/usr/bin/env python3
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import ft_commit, ft_review, ft_changelog, ft_pr

SYSTEM = ("You are the QuarryKit maintainers' assistant. You write four kinds of text in the project's house formats: "
          "(1) conventional commit messages, (2) code-review comments, (3) changelog entries, and (4) pull-request descriptions. "
          "Use only the facts given in the request: never invent version numbers, dates, issue or PR numbers, default values or behaviour. "
          "If the format needs a fact the request does not give, write TODO(<missing fact>) in its place. Reply with the requested text only.")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
allx = ft_commit.EX + ft_review.EX + ft_changelog.EX + ft_pr.EX
train = [x for x in allx if x["split"] == "train"]
val = [x for x in allx if x["split"] == "validation"]
random.Random(7).shuffle(train)
random.Random(8).shuffle(val)
from collections import Counter
print("train", len(train), Counter(x["family"] for x in train))
print("val", len(val), Counter(x["family"] for x in val))
os.makedirs(os.path.join(ROOT, "finetune"), exist_ok=True)
for name, rows in (("train.jsonl", train), ("validation.jsonl", val)):
    with open(os.path.join(ROOT, "finetune", name), "w") as f:
        for x in rows:
            f.write(json.dumps({"messages": [{"role": "system", "content": SYSTEM},
                                             {"role": "user", "content": x["user"]},
                                             {"role": "assistant", "content": x["assistant"]}]}, ensure_ascii=False) + "\n")
