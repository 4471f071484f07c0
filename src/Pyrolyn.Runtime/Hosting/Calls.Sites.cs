using System;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// <c>o.name(args)</c> through an <see cref="AttrSite"/>: when the site last saw this class and
/// the method is a Python function on it that no instance attribute can shadow, the call goes
/// straight to the function with <c>o</c> as its first argument (no lookup, no bound method).
/// On an exact list, dict, set or str, a few common methods run directly (<see cref="BuiltinMethods"/>).
/// </summary>
public static partial class Calls
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyFunction? CachedMethod(PyObject o, AttrSite site) =>
        o is PyInstance inst && site.Valid(inst) is { Method: { } f } e && inst.UsesLayout && inst.Type.Layout.Count == e.LayoutCount ? f : null;

    public static PyObject Method0(PyObject o, AttrSite site) =>
        CachedMethod(o, site) is { } f ? f.Call1(o)
        : BuiltinMethods.Call0(o, site.Builtin) ?? MethodMiss(o, site, Array.Empty<PyObject>());

    public static PyObject Method1(PyObject o, AttrSite site, PyObject a) =>
        CachedMethod(o, site) is { } f ? f.Call2(o, a)
        : BuiltinMethods.Call1(o, site.Builtin, a) ?? MethodMiss(o, site, new[] { a });

    public static PyObject Method2(PyObject o, AttrSite site, PyObject a, PyObject b) =>
        CachedMethod(o, site) is { } f ? f.Call3(o, a, b)
        : BuiltinMethods.Call2(o, site.Builtin, a, b) ?? MethodMiss(o, site, new[] { a, b });

    public static PyObject Method3(PyObject o, AttrSite site, PyObject a, PyObject b, PyObject c) =>
        CachedMethod(o, site) is { } f ? f.Call4(o, a, b, c) : MethodMiss(o, site, new[] { a, b, c });

    public static PyObject Method4(PyObject o, AttrSite site, PyObject a, PyObject b, PyObject c, PyObject d) =>
        CachedMethod(o, site) is { } f ? f.Call5(o, a, b, c, d) : MethodMiss(o, site, new[] { a, b, c, d });

    public static PyObject MethodN(PyObject o, AttrSite site, PyObject[] args) =>
        CachedMethod(o, site) is { } f ? CallWithSelf(f, o, args) : MethodMiss(o, site, args);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject MethodMiss(PyObject o, AttrSite site, PyObject[] args)
    {
        if (o is PyInstance inst && inst.UsesLayout && inst.Type.HasPlainInstanceGet)
        {
            int version = TypeNamespace.Version;
            var layout = inst.Type.Layout;
            int layoutCount = layout.Count;
            if (layout.IndexOf(site.Name) < 0 && inst.Type.Lookup(site.Name) is PyFunction f)
            {
                site.Remember(new AttrSite.Entry(inst.Type, version, -1, f, layoutCount));
                return args.Length switch
                {
                    0 => f.Call1(o),
                    1 => f.Call2(o, args[0]),
                    2 => f.Call3(o, args[0], args[1]),
                    3 => f.Call4(o, args[0], args[1], args[2]),
                    4 => f.Call5(o, args[0], args[1], args[2], args[3]),
                    _ => CallWithSelf(f, o, args),
                };
            }
        }
        return o.CallMethod(site.Name, args);
    }

    private static PyObject CallWithSelf(PyFunction f, PyObject self, PyObject[] args)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        Array.Copy(args, 0, all, 1, args.Length);
        return f.Call(all);
    }
}
