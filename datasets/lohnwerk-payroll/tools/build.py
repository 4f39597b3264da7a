import os, shutil, collections
import lib
shutil.rmtree(lib.CORPUS, ignore_errors=True); os.makedirs(lib.CORPUS)
import gen_a, gen_b, gen_c, gen_d, core
gen_a.gen_features(); gen_a.gen_errors(); gen_a.gen_releases()
gen_b.gen_all(); gen_c.gen_all(); gen_d.gen_all(); core.gen_core()
c = collections.Counter(lib.WRITTEN.values())
print(sum(c.values()), dict(c))
