using System;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>json</c> module: dumps/dump/loads/load and JSONDecodeError (encoder and
/// decoder in <c>Modules/Json/</c>). <c>cls=</c> subclasses are not supported.</summary>
public static class JsonModule
{
    /// <summary>json.decoder.JSONDecodeError (a ValueError with msg, doc, pos, lineno, colno).
    /// A heap type so that its instances carry those attributes in a dict.</summary>
    public static readonly PyType JSONDecodeError = new("JSONDecodeError", new[] { ExceptionTypes.ValueError }, "json.decoder",
        ExceptionTypes.ValueError.FactoryMethod, isHeapType: true);

    public static PyModule Create()
    {
        var m = new PyModule("json");
        m.Dict["dumps"] = new PyBuiltinFunction("dumps", Dumps, "json");
        m.Dict["dump"] = new PyBuiltinFunction("dump", Dump, "json");
        m.Dict["loads"] = new PyBuiltinFunction("loads", Loads, "json");
        m.Dict["load"] = new PyBuiltinFunction("load", Load, "json");
        m.Dict["JSONDecodeError"] = JSONDecodeError;
        return m;
    }

    public static PyModule CreateDecoder()
    {
        var m = new PyModule("json.decoder");
        m.Dict["JSONDecodeError"] = JSONDecodeError;
        return m;
    }

    internal static PyException DecodeError(string msg, string doc, int utf16Pos)
    {
        // Python positions count code points; ours count UTF-16 units.
        int pos = 0, lineno = 1, lastNewline = -1;
        for (int i = 0; i < utf16Pos && i < doc.Length; i++)
        {
            if (char.IsHighSurrogate(doc[i]) && i + 1 < doc.Length && char.IsLowSurrogate(doc[i + 1]) && i + 1 < utf16Pos)
                i++;
            if (doc[i] == '\n')
            {
                lineno++;
                lastNewline = pos;
            }
            pos++;
        }
        int colno = pos - lastNewline;
        var e = new PyBaseException(JSONDecodeError, new PyObject[] { new PyStr($"{msg}: line {lineno} column {colno} (char {pos})") });
        var d = e.InstanceDict!;
        d.SetItem("msg", new PyStr(msg));
        d.SetItem("doc", new PyStr(doc));
        d.SetItem("pos", PyInt.From(pos));
        d.SetItem("lineno", PyInt.From(lineno));
        d.SetItem("colno", PyInt.From(colno));
        return new PyException(e);
    }

    private static readonly string[] DumpsOptions =
        { "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys" };

    private static string Encode(PyObject obj, PyObject[] args, string[]? kw, int npos)
    {
        var enc = new JsonEncoder();
        PyObject? indent = null, separators = null;
        if (kw is not null)
        {
            for (int i = 0; i < kw.Length; i++)
            {
                var v = args[npos + i];
                switch (kw[i])
                {
                    case "skipkeys": enc.SkipKeys = Ops.IsTrue(v); break;
                    case "ensure_ascii": enc.EnsureAscii = Ops.IsTrue(v); break;
                    case "check_circular": enc.CheckCircular = Ops.IsTrue(v); break;
                    case "allow_nan": enc.AllowNan = Ops.IsTrue(v); break;
                    case "sort_keys": enc.SortKeys = Ops.IsTrue(v); break;
                    case "indent": indent = v; break;
                    case "separators": separators = v; break;
                    case "default": enc.Default = v is PyNone ? null : v; break;
                    case "cls":
                        if (v is not PyNone)
                            throw Errors.NotImplementedError("json: a custom encoder class (cls=) is not supported by Pyrolyn");
                        break;
                    default:
                        throw Errors.TypeError($"JSONEncoder.__init__() got an unexpected keyword argument '{kw[i]}'");
                }
            }
        }
        if (indent is not null and not PyNone)
            enc.Indent = indent is PyStr s ? s.Value : new string(' ', (int)Math.Max(0, ArgCheck.ToLong(indent)));
        if (separators is not null and not PyNone)
        {
            var parts = Ops.Unpack(separators, 2);
            enc.ItemSeparator = ArgCheck.ToStr(parts[0], "item separator");
            enc.KeySeparator = ArgCheck.ToStr(parts[1], "key separator");
        }
        else if (enc.Indent is not null)
        {
            enc.ItemSeparator = ",";
        }
        return enc.Encode(obj);
    }

    private static PyObject Dumps(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos != 1)
            throw npos == 0
                ? Errors.TypeError("dumps() missing 1 required positional argument: 'obj'")
                : Errors.TypeError($"dumps() takes 1 positional argument but {npos} were given");
        return new PyStr(Encode(args[0], args, kw, npos));
    }

    private static PyObject Dump(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos != 2)
            throw npos < 2
                ? Errors.TypeError($"dump() missing {2 - npos} required positional argument{(npos == 0 ? "s: 'obj' and 'fp'" : ": 'fp'")}")
                : Errors.TypeError($"dump() takes 2 positional arguments but {npos} were given");
        string text = Encode(args[0], args, kw, npos);
        args[1].CallMethod("write", new PyObject[] { new PyStr(text) });
        return PyNone.Instance;
    }

    private static PyObject Decode(PyObject s, PyObject[] args, string[]? kw, int npos)
    {
        string text = s switch
        {
            PyStr str => str.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            PyByteArray ba => Encoding.UTF8.GetString(ba.ToArray()),
            _ => throw Errors.TypeError($"the JSON object must be str, bytes or bytearray, not {s.Type.Name}"),
        };
        var dec = new JsonDecoder();
        if (kw is not null)
        {
            for (int i = 0; i < kw.Length; i++)
            {
                var v = args[npos + i];
                var hook = v is PyNone ? null : v;
                switch (kw[i])
                {
                    case "object_hook": dec.ObjectHook = hook; break;
                    case "object_pairs_hook": dec.ObjectPairsHook = hook; break;
                    case "parse_float": dec.ParseFloat = hook; break;
                    case "parse_int": dec.ParseInt = hook; break;
                    case "parse_constant": dec.ParseConstant = hook; break;
                    case "strict": dec.Strict = Ops.IsTrue(v); break;
                    case "cls":
                        if (v is not PyNone)
                            throw Errors.NotImplementedError("json: a custom decoder class (cls=) is not supported by Pyrolyn");
                        break;
                    default:
                        throw Errors.TypeError($"JSONDecoder.__init__() got an unexpected keyword argument '{kw[i]}'");
                }
            }
        }
        return dec.Decode(text);
    }

    private static PyObject Loads(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos != 1)
            throw npos == 0
                ? Errors.TypeError("loads() missing 1 required positional argument: 's'")
                : Errors.TypeError($"loads() takes 1 positional argument but {npos} were given");
        return Decode(args[0], args, kw, npos);
    }

    private static PyObject Load(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos != 1)
            throw npos == 0
                ? Errors.TypeError("load() missing 1 required positional argument: 'fp'")
                : Errors.TypeError($"load() takes 1 positional argument but {npos} were given");
        var text = args[0].CallMethod("read", Array.Empty<PyObject>());
        return Decode(text, args, kw, npos);
    }
}
