using System;

namespace Pyrolyn.Runtime;

public partial class PyBaseException
{
    // The last traceback entry is the frame of an except clause that caught this exception
    // (CPython's traceback includes the catching frame). If the exception leaves that frame again,
    // the frame's own entry replaces it instead of adding the frame twice.
    private bool _lastEntryIsCatchingFrame;

    /// <summary>An except clause caught this exception in the frame <paramref name="entry"/>.</summary>
    internal void AddCatchingFrame(TracebackEntry entry)
    {
        lock (Traceback)
        {
            if (_lastEntryIsCatchingFrame && Traceback.Count > 0)
                Traceback[Traceback.Count - 1] = entry;
            else
                Traceback.Add(entry);
            _lastEntryIsCatchingFrame = true;
        }
    }

    /// <summary>The exception leaves the frame <paramref name="entry"/>.</summary>
    internal void AddLeavingFrame(TracebackEntry entry)
    {
        lock (Traceback)
        {
            if (_lastEntryIsCatchingFrame && Traceback.Count > 0)
                Traceback[Traceback.Count - 1] = entry;
            else
                Traceback.Add(entry);
            _lastEntryIsCatchingFrame = false;
        }
    }

    /// <summary><c>__traceback__</c>: the outermost frame's traceback object, or None.</summary>
    private PyObject TracebackObject()
    {
        lock (Traceback)
        {
            PyTraceback? next = null;
            // Entries are innermost first; tb_next goes inwards.
            for (int i = 0; i < Traceback.Count; i++)
                next = new PyTraceback(Traceback[i], next);
            return (PyObject?)next ?? PyNone.Instance;
        }
    }

    private void SetTraceback(PyObject value)
    {
        if (value is not PyNone && value is not PyTraceback)
            throw Errors.TypeError("__traceback__ must be a traceback or None");
        lock (Traceback)
        {
            Traceback.Clear();
            _lastEntryIsCatchingFrame = false;
            var entries = new System.Collections.Generic.List<TracebackEntry>();
            for (var tb = value as PyTraceback; tb is not null; tb = tb.NextFrame)
                entries.Add(tb.Entry);
            entries.Reverse();
            Traceback.AddRange(entries);
        }
    }

    /// <summary>BaseException's methods (with_traceback, add_note).</summary>
    internal static void RegisterMethods() =>
        BuiltinAttr.Register(ExceptionTypes.BaseException, Dispatch, "with_traceback", "add_note");

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyBaseException)selfObj;
        switch (name)
        {
            case "with_traceback":
                self.SetTraceback(ArgCheck.One(args, kw, "BaseException.with_traceback"));
                return self;
            case "add_note":
            {
                var note = ArgCheck.One(args, kw, "BaseException.add_note");
                if (note is not PyStr)
                    throw Errors.TypeError($"note must be a str, not '{note.Type.Name}'");
                var dict = self.InstanceDict ?? (self._dict = new PyDict());
                var key = new PyStr("__notes__");
                if (!dict.ContainsKey(key))
                    dict.SetItem(key, new PyList(Array.Empty<PyObject>()));
                if (dict.GetItem(key) is not PyList notes)
                    throw Errors.TypeError("Cannot add note: __notes__ is not a list");
                notes.Append(note);
                return PyNone.Instance;
            }
        }
        return null;
    }

    /// <summary>The notes added with add_note, for the traceback printer.</summary>
    internal System.Collections.Generic.IEnumerable<string> Notes()
    {
        if (_dict is null || !_dict.ContainsKey(new PyStr("__notes__")))
            yield break;
        var notes = _dict.GetItem(new PyStr("__notes__"));
        if (notes is PyList or PyTuple)
        {
            foreach (var n in Ops.ToArray(notes))
                yield return n is PyStr ? Ops.Str(n) : SafeStr(n);
        }
        else
        {
            yield return SafeRepr(notes);
        }
    }

    private static string SafeStr(PyObject o)
    {
        try { return Ops.Str(o); } catch (PyException) { return "<note str() failed>"; }
    }

    private static string SafeRepr(PyObject o)
    {
        try { return Ops.Repr(o); } catch (PyException) { return "<__notes__ repr() failed>"; }
    }
}

/// <summary>A traceback object: one frame's file, line and function, and the next frame inwards.</summary>
public sealed class PyTraceback : PyObject
{
    internal PyTraceback(TracebackEntry entry, PyTraceback? next)
    {
        Entry = entry;
        NextFrame = next;
    }

    internal TracebackEntry Entry { get; }
    internal PyTraceback? NextFrame { get; }

    public override PyType Type => TracebackType;

    public static readonly PyType TracebackType = new("traceback", new[] { BuiltinTypes.Object }, "builtins", null);

    public override PyObject GetAttr(string name) => name switch
    {
        "tb_lineno" => PyInt.From(Entry.Line),
        "tb_next" => (PyObject?)NextFrame ?? PyNone.Instance,
        "tb_frame" => PyNone.Instance,
        "tb_lasti" => PyInt.From(-1),
        _ => base.GetAttr(name),
    };
}
