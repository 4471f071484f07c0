using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>struct</c> module: packing values into bytes by format strings
/// (<see cref="StructFormat"/>) and the <see cref="PyStruct"/> class.</summary>
public static class StructModule
{
    /// <summary><c>struct.error</c>.</summary>
    public static readonly PyType Error = new("error", new[] { ExceptionTypes.Exception }, "struct",
        ExceptionTypes.Exception.FactoryMethod, isHeapType: true);

    public static PyModule Create()
    {
        var m = new PyModule("struct");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "_struct");
        d["error"] = Error;
        d["Struct"] = PyStruct.StructType;
        F("calcsize", (a, k) => PyInt.From(StructFormat.Get(ArgCheck.One(a, k, "calcsize")).Size));
        F("pack", (a, k) =>
        {
            ArgCheck.NoKw(k, "pack");
            if (a.Length == 0)
                throw Errors.TypeError("missing format argument");
            return new PyBytes(StructFormat.Get(a[0]).Pack(a.AsSpan(1)));
        });
        F("unpack", (a, k) =>
        {
            ArgCheck.Range(a, k, "unpack", 2, 2);
            return PyStruct.Unpack(StructFormat.Get(a[0]), a[1]);
        });
        F("pack_into", (a, k) =>
        {
            ArgCheck.NoKw(k, "pack_into");
            if (a.Length == 0)
                throw Errors.TypeError("missing format argument");
            return PyStruct.PackInto(StructFormat.Get(a[0]), a, 1);
        });
        F("unpack_from", (a, k) =>
        {
            var p = new Args(a, k, "unpack_from", "format", "buffer", "offset");
            return PyStruct.UnpackFrom(StructFormat.Get(p.Required(0)), p.Required(1), p[2]);
        });
        F("iter_unpack", (a, k) =>
        {
            ArgCheck.Range(a, k, "iter_unpack", 2, 2);
            return PyStruct.IterUnpack(StructFormat.Get(a[0]), a[1]);
        });
        return m;
    }
}
