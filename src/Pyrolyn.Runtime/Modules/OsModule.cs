using System;
using System.IO;
using System.Linq;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>os</c> module basics: environ/getenv, getcwd, listdir, mkdir/makedirs,
/// remove/rmdir/rename, and <c>os.path</c> (see <see cref="OsPath"/>).</summary>
public static class OsModule
{
    private static PyException OsError(PyType type, int errno, string message, string path) =>
        new(new PyBaseException(type, new PyObject[] { PyInt.From(errno), new PyStr(message), new PyStr(path) }));

    internal static PyException NotFound(string path, string op) =>
        OsError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);

    private static PyException Exists(string path) => OsError(ExceptionTypes.FileExistsError, 17, "File exists", path);

    private static string PathArg(PyObject[] a, string[]? k, string func)
    {
        var p = new Args(a, k, func, "path");
        return OsPath.PathArg(p.Required(0), func);
    }

    public static PyModule Create()
    {
        var m = new PyModule("os");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "posix");
        d["name"] = new PyStr("posix");
        d["sep"] = new PyStr("/");
        d["altsep"] = PyNone.Instance;
        d["linesep"] = new PyStr("\n");
        d["curdir"] = new PyStr(".");
        d["pardir"] = new PyStr("..");
        d["pathsep"] = new PyStr(":");
        d["extsep"] = new PyStr(".");
        d["devnull"] = new PyStr("/dev/null");
        var environ = new PyDict();
        var vars = Environment.GetEnvironmentVariables();
        foreach (var key in vars.Keys.Cast<object>().Select(x => x.ToString()!).OrderBy(x => x, StringComparer.Ordinal))
            environ.SetItem(new PyStr(key), new PyStr(vars[key]?.ToString() ?? ""));
        d["environ"] = environ;
        d["path"] = OsPath.Create();
        F("getenv", (a, k) =>
        {
            var p = new Args(a, k, "getenv", "key", "default");
            var key = p.Required(0);
            if (key is not PyStr)
                throw Errors.TypeError($"str expected, not {key.Type.Name}");
            return environ.TryGetValue(key, out var v) ? v : p[1] ?? PyNone.Instance;
        });
        F("getcwd", (a, k) => { ArgCheck.None(a, k, "getcwd"); return new PyStr(Directory.GetCurrentDirectory()); });
        F("getpid", (a, k) => { ArgCheck.None(a, k, "getpid"); return PyInt.From(Environment.ProcessId); });
        F("listdir", (a, k) =>
        {
            var p = new Args(a, k, "listdir", "path");
            string path = p[0] is { } x and not PyNone ? OsPath.PathArg(x, "listdir") : ".";
            if (File.Exists(path))
                throw OsError(ExceptionTypes.NotADirectoryError, 20, "Not a directory", path);
            if (!Directory.Exists(path))
                throw NotFound(path, "listdir");
            var names = Directory.EnumerateFileSystemEntries(path).Select(e => (PyObject)new PyStr(Path.GetFileName(e))).ToArray();
            return new PyList(names);
        });
        F("mkdir", (a, k) =>
        {
            var p = new Args(a, k, "mkdir", "path", "mode");
            string path = OsPath.PathArg(p.Required(0), "mkdir");
            if (File.Exists(path) || Directory.Exists(path))
                throw Exists(path);
            string parent = OsPath.Split(path.TrimEnd('/')).Head;
            if (parent.Length > 0 && !Directory.Exists(parent))
                throw NotFound(path, "mkdir");
            Directory.CreateDirectory(path);
            return PyNone.Instance;
        });
        F("makedirs", (a, k) =>
        {
            var p = new Args(a, k, "makedirs", "name", "mode", "exist_ok");
            string path = OsPath.PathArg(p.Required(0), "makedirs");
            if (File.Exists(path) || (Directory.Exists(path) && !p.Bool(2, false)))
                throw Exists(path);
            Directory.CreateDirectory(path);
            return PyNone.Instance;
        });
        PyObject Remove(PyObject[] a, string[]? k, string name)
        {
            string path = PathArg(a, k, name);
            if (Directory.Exists(path))
                throw OsError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path);
            if (!File.Exists(path))
                throw NotFound(path, name);
            File.Delete(path);
            return PyNone.Instance;
        }
        F("remove", (a, k) => Remove(a, k, "remove"));
        F("unlink", (a, k) => Remove(a, k, "unlink"));
        F("rmdir", (a, k) =>
        {
            string path = PathArg(a, k, "rmdir");
            if (!Directory.Exists(path))
                throw File.Exists(path) ? OsError(ExceptionTypes.NotADirectoryError, 20, "Not a directory", path) : NotFound(path, "rmdir");
            if (Directory.EnumerateFileSystemEntries(path).Any())
                throw OsError(ExceptionTypes.OSError, 39, "Directory not empty", path);
            Directory.Delete(path);
            return PyNone.Instance;
        });
        F("rename", (a, k) =>
        {
            var p = new Args(a, k, "rename", "src", "dst");
            string src = OsPath.PathArg(p.Required(0), "rename"), dst = OsPath.PathArg(p.Required(1), "rename");
            if (File.Exists(src))
                File.Move(src, dst, overwrite: true);
            else if (Directory.Exists(src))
                Directory.Move(src, dst);
            else
                throw new PyException(new PyBaseException(ExceptionTypes.FileNotFoundError,
                    new PyObject[] { PyInt.From(2), new PyStr("No such file or directory"), new PyStr(src), PyInt.From(0), new PyStr(dst) }));
            return PyNone.Instance;
        });
        return m;
    }
}
