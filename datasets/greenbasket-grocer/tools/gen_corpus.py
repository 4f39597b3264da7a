#!/usr/bin/env python3
"""Generate the GreenBasket corpus into ../corpus."""
import os, re, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
from model import *
from render import product_doc, store_doc, supplier_doc, recipe_doc, aisle_doc, price_notice
from core_docs import core_docs
from data_products import AISLES

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = {}
    kinds = {}
    def add(fn, text, kind):
        assert fn not in docs, fn
        docs[fn] = text.strip() + "\n"
        kinds[fn] = kind
    for fn, text in core_docs():
        add(fn, text, "core")
    for p in PRODUCTS:
        add(p["file"], product_doc(p), "product")
    for s in STORES_D:
        add(s["file"], store_doc(s), "store")
    for sp in SUPP.values():
        add(sp["file"], supplier_doc(sp), "supplier")
    for rc in RECIPES:
        add(rc["file"], recipe_doc(rc), "recipe")
    for n in AISLES:
        add(f"aisle-{n:02d}-{slugify(AISLES[n])}.md", aisle_doc(n), "aisle")
    for d, ch in PRICE_EVENTS:
        fn, text = price_notice(d, ch)
        add(fn, text, "price-notice")
    for fn, text in docs.items():
        open(os.path.join(OUT, fn), "w").write(text)
    from collections import Counter
    print(Counter(kinds.values()), len(docs))
    return docs, kinds

if __name__ == "__main__":
    main()
