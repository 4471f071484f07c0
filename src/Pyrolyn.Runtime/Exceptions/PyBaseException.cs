using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// Instances of BaseException and every subclass, builtin or defined in a script. The type is
/// stored per instance so one CLR class serves the whole hierarchy.
/// </summary>
public partial class PyBaseException : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    public PyBaseException(PyType type, PyObject[] args)
    {
        _type = type;
        if (type.IsSubtypeOf(ExceptionTypes.OSError))
        {
            OSError = new OSErrorFields();
            args = OSError.Init(args);
        }
        Args = new PyTuple(args);
    }

    /// <summary>errno/strerror/filename, for OSError and its subclasses only.</summary>
    public OSErrorFields? OSError { get; }

    public PyBaseException(PyType type, string message)
        : this(type, new PyObject[] { new PyStr(message) })
    {
    }

    public override PyType Type => _type;

    public PyTuple Args { get; set; }

    /// <summary>Frames recorded innermost first while the exception propagates.</summary>
    public List<TracebackEntry> Traceback { get; } = new();

    /// <summary><c>__cause__</c>, set by <c>raise ... from ...</c>.</summary>
    public PyBaseException? Cause { get; set; }

    /// <summary><c>__context__</c>: the exception being handled when this one was raised.</summary>
    public PyBaseException? Context { get; set; }

    public bool SuppressContext { get; set; }

    /// <summary>The CLR exception carrying this value, once it has been raised.</summary>
    public PyException? Carrier { get; set; }

    public override PyDict? InstanceDict => _type.IsHeapType ? _dict ??= new PyDict() : _dict;

    public override string Str()
    {
        // Only a __str__ written in Python overrides the builtin one.
        if (_type.IsHeapType && ObjectProtocol.LookupUser(_type, "__str__") is { } str)
            return Ops.Str(ObjectProtocol.Bind(str, this).Call(Array.Empty<PyObject>()));
        return DefaultStr();
    }

    /// <summary>BaseException.__str__: empty, the single argument, or the args tuple.</summary>
    public virtual string DefaultStr()
    {
        if (OSError?.Str() is { } os)
            return os;
        if (SpecialStr() is { } special)
            return special;
        if (Args.Count == 0)
            return "";
        if (Args.Count == 1)
        {
            // KeyError shows the repr of its key.
            if (_type.IsSubtypeOf(ExceptionTypes.KeyError))
                return Ops.Repr(Args[0]);
            return Ops.Str(Args[0]);
        }
        return Args.Repr();
    }

    public override string Repr()
    {
        if (_type.IsHeapType && ObjectProtocol.LookupUser(_type, "__repr__") is { } repr)
            return Ops.Str(ObjectProtocol.Bind(repr, this).Call(Array.Empty<PyObject>()));
        if (Args.Count == 1)
            return $"{_type.Name}({Ops.Repr(Args[0])})";
        return _type.Name + Args.Repr();
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "args": return Args;
            case "__cause__": return (PyObject?)Cause ?? PyNone.Instance;
            case "__context__": return (PyObject?)Context ?? PyNone.Instance;
            case "__suppress_context__": return PyBool.From(SuppressContext);
            case "__traceback__": return TracebackObject();
        }
        if (OSError?.GetAttr(name) is { } field)
            return field;
        if ((_dict is null || !_dict.ContainsKey(new PyStr(name))) && SpecialAttr(name) is { } special)
            return special;
        return base.GetAttr(name);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "args":
                Args = value as PyTuple ?? new PyTuple(Ops.ToArray(value));
                return;
            case "__cause__":
                if (value is not PyNone && value is not PyBaseException)
                    throw Errors.TypeError("exception cause must be None or derive from BaseException");
                Cause = value as PyBaseException;
                SuppressContext = true;
                return;
            case "__context__":
                if (value is not PyNone && value is not PyBaseException)
                    throw Errors.TypeError("exception context must be None or derive from BaseException");
                Context = value as PyBaseException;
                return;
            case "__suppress_context__":
                SuppressContext = Ops.IsTrue(value);
                return;
            case "__traceback__":
                SetTraceback(value);
                return;
        }
        if (OSError is not null && OSError.SetAttr(name, value))
            return;
        (_dict ??= new PyDict()).SetItem(new PyStr(name), value);
    }
}
