using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>Text builtins: print, input, format, chr, ord.</summary>
public static partial class Builtins
{
    /// <summary>Where print writes by default (buffered UTF-8, flushed at exit by the host).</summary>
    public static System.IO.TextWriter Stdout => StandardStreams.Out;

    /// <summary>print(*objects, sep=' ', end='\n', file=None, flush=False).</summary>
    public static PyObject Print(PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                var v = args[npos + i];
                switch (kwnames[i])
                {
                    case "sep": sep = v is PyNone ? " " : v is PyStr s ? s.Value : throw Errors.TypeError($"sep must be None or a string, not {v.Type.Name}"); break;
                    case "end": end = v is PyNone ? "\n" : v is PyStr e ? e.Value : throw Errors.TypeError($"end must be None or a string, not {v.Type.Name}"); break;
                    case "file": file = v is PyNone ? null : v; break;
                    case "flush": flush = v.IsTrue(); break;
                    default: throw Errors.TypeError($"'{kwnames[i]}' is an invalid keyword argument for print()");
                }
            }
        }
        if (file is null)
        {
            var w = StandardStreams.Out;
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) w.Write(sep);
                w.Write(Ops.Str(args[i]));
            }
            w.Write(end);
            if (flush) w.Flush();
            return PyNone.Instance;
        }
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) file.CallMethod("write", new PyObject[] { new PyStr(sep) });
            file.CallMethod("write", new PyObject[] { new PyStr(Ops.Str(args[i])) });
        }
        file.CallMethod("write", new PyObject[] { new PyStr(end) });
        if (flush) file.CallMethod("flush", Array.Empty<PyObject>());
        return PyNone.Instance;
    }

    /// <summary>print(x): the common single-argument form.</summary>
    public static PyObject Print(PyObject value)
    {
        var w = StandardStreams.Out;
        w.Write(Ops.Str(value));
        w.Write('\n');
        return PyNone.Instance;
    }

    public static PyObject Print()
    {
        StandardStreams.Out.Write('\n');
        return PyNone.Instance;
    }

    private static System.IO.TextReader? _stdin;

    /// <summary>input([prompt]): flushes stdout first, EOFError at end of input.</summary>
    public static PyObject Input(PyObject[] args, string[]? kwnames)
    {
        ArgCheck.Range(args, kwnames, "input", 0, 1);
        if (args.Length == 1) StandardStreams.Out.Write(Ops.Str(args[0]));
        StandardStreams.Out.Flush();
        _stdin ??= new System.IO.StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var line = _stdin.ReadLine();
        if (line is null) throw Errors.New(ExceptionTypes.EOFError, "EOF when reading a line");
        return new PyStr(line);
    }

    private static PyObject Format(PyObject[] args, string[]? kwnames)
    {
        ArgCheck.Range(args, kwnames, "format", 1, 2);
        string spec = args.Length > 1 ? (args[1] is PyStr s ? s.Value
            : throw Errors.TypeError($"format() argument 2 must be str, not {args[1].Type.Name}")) : "";
        return new PyStr(Ops.Format(args[0], spec));
    }

    public static PyObject Chr(PyObject x)
    {
        if (x is not PyInt i) throw Errors.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
        if (!i.IsSmall) throw Errors.OverflowError("Python int too large to convert to C int");
        long v = i.Small;
        if (v < 0 || v > 0x10FFFF) throw Errors.ValueError("chr() arg not in range(0x110000)");
        return PyStr.FromCodePoint((int)v);
    }

    public static PyObject Ord(PyObject x)
    {
        switch (x)
        {
            case PyStr s:
                if (s.CpLength != 1) throw Errors.TypeError($"ord() expected a character, but string of length {s.CpLength} found");
                return PyInt.From(s.CodePointAt(0));
            case PyBytes b:
                if (b.Value.Length != 1) throw Errors.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                return PyInt.From(b.Value[0]);
            case PyByteArray ba:
                if (ba.Count != 1) throw Errors.TypeError($"ord() expected a character, but string of length {ba.Count} found");
                return PyInt.From(ba.ToArray()[0]);
        }
        throw Errors.TypeError($"ord() expected string of length 1, but {x.Type.Name} found");
    }
}
