import os
import os.path
from os.path import join, split, splitext


print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.split("/usr/lib/python3/x.py"), os.path.split("file"), os.path.split("/"), os.path.split("dir/"), os.path.split("//a//b"))
print(os.path.basename("/a/b/c.tar.gz"), os.path.dirname("/a/b/c.tar.gz"), os.path.basename("noslash"), os.path.dirname("noslash"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("/x/y.z/file"), splitext("name."), splitext("..."), splitext("a/.hidden.txt"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("../../a"), os.path.normpath("//x/y"), os.path.normpath("///x"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.sep, repr(os.linesep), os.curdir, os.pardir, os.name)
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"))
print(os.path.basename(os.getcwd()))
print(join("p", "q"), split("p/q"))
print(os.path.exists("os_path.py"), os.path.isfile("os_path.py"), os.path.isdir("os_path.py"), os.path.exists("nope.xyz"), os.path.isdir("."))
print(os.getenv("PYROLYN_SURELY_UNSET_VAR"), os.getenv("PYROLYN_SURELY_UNSET_VAR", "dflt"), "PATH" in os.environ, type(os.environ.get("PATH")).__name__)
os.environ["PYROLYN_TEST_VAR"] = "42"
print(os.environ["PYROLYN_TEST_VAR"], os.getenv("PYROLYN_TEST_VAR"))
