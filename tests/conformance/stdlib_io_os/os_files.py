import os


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


base = "_tmp_os_files_dir"
if os.path.isdir(base):
    for name in os.listdir(base):
        path = os.path.join(base, name)
        if os.path.isdir(path):
            for inner in os.listdir(path):
                os.remove(os.path.join(path, inner))
            os.rmdir(path)
        else:
            os.remove(path)
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
for i in range(3):
    with open(os.path.join(base, "f%d.txt" % i), "w") as f:
        f.write("x" * i)
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "f2.txt")))
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub", "deeper"), exist_ok=True)
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, "sub")))
check("mkdir exists", lambda: os.mkdir(base))
check("makedirs exists", lambda: os.makedirs(base))
check("remove missing", lambda: os.remove(os.path.join(base, "missing.txt")))
check("listdir missing", lambda: os.listdir("_tmp_no_such_dir"))
check("rmdir not empty", lambda: os.rmdir(base))
check("remove dir", lambda: os.remove(base))
check("mkdir no parent", lambda: os.mkdir("_tmp_no_parent/child"))
check("getsize missing", lambda: os.path.getsize("_tmp_missing"))
try:
    os.remove("_tmp_nothing_here")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
except OSError:
    print("generic")
os.rename(os.path.join(base, "f0.txt"), os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)))
os.rmdir(os.path.join(base, "sub", "deeper"))
os.rmdir(os.path.join(base, "sub"))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
