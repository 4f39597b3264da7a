"""Generate the Sun Mesa Health corpus. Run: python3 tools/gen.py"""
import os, shutil, glob
from gen_common import CORPUS, WRITTEN, write
import gen_drugs, gen_directory, gen_other

HERE = os.path.dirname(os.path.abspath(__file__))

def main():
    for f in glob.glob(os.path.join(CORPUS, "*")):
        os.remove(f)
    gen_drugs.generate()
    gen_directory.generate()
    gen_other.generate()
    core = sorted(glob.glob(os.path.join(HERE, "core", "*.md")))
    for f in core:
        name = os.path.basename(f)
        write(name, open(f, encoding="utf-8").read())
    print("documents:", len(WRITTEN), "core:", len(core))

if __name__ == "__main__":
    main()
