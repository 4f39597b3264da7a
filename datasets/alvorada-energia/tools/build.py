#!/usr/bin/env python3
import os, shutil, sys, json
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "corpus")
shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
import gen_corpus as G, gen_help as H, core_docs as C
G.tariff_pages(); G.plan_overviews(); G.price_history(); G.gas_pages(); G.store_pages(); G.municipality_and_outages()
json.dump(G.OUTAGES, open(os.path.join(HERE, "outages.json"), "w"), ensure_ascii=False, indent=1)
H.run(); n = C.run()
print("total", len(G.WRITTEN), "core", n)
