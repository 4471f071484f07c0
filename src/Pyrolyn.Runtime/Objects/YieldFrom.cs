using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// The delegation state of one suspended <c>yield from</c> (PEP 380): sends, throws and closes
/// are forwarded to the sub-iterator; when it finishes, <see cref="Result"/> holds its return
/// value (StopIteration.value), the value of the <c>yield from</c> expression.
/// </summary>
public sealed class YieldFrom
{
    private readonly PyGenerator _owner;

    private YieldFrom(PyGenerator owner, PyObject iterator)
    {
        _owner = owner;
        Iterator = iterator;
    }

    public PyObject Iterator { get; }

    /// <summary>The sub-iterator's return value once it is exhausted.</summary>
    public PyObject Result { get; private set; } = PyNone.Instance;

    /// <summary><c>yield from x</c>: <c>iter(x)</c> (a generator delegates to itself).</summary>
    public static YieldFrom Begin(PyGenerator owner, PyObject iterable)
    {
        var it = iterable is PyGenerator g ? g : Ops.GetIter(iterable);
        var yf = new YieldFrom(owner, it);
        owner.Delegate = yf;
        return yf;
    }

    /// <summary>The first step (<c>next(it)</c>): the value to yield, or null when exhausted.</summary>
    public PyObject? First() => Send(PyNone.Instance);

    /// <summary>The delegator was resumed: forwards the thrown exception or the sent value.</summary>
    public PyObject? Resume(PyException? thrown, PyObject sent) =>
        thrown is null ? Send(sent) : Throw(thrown);

    private PyObject? Send(PyObject sent)
    {
        PyObject? r;
        if (Iterator is PyGenerator g)
        {
            r = g.Resume(sent, null);
            return r ?? Done(g.JustReturned ?? PyNone.Instance);
        }
        try
        {
            if (sent is PyNone)
            {
                // A class's __next__ is called directly so its StopIteration value is kept.
                if (Iterator is PyInstance)
                    return Iterator.CallMethod("__next__", Array.Empty<PyObject>());
                r = Iterator.Next();
                return r ?? Done(PyNone.Instance);
            }
            return Iterator.CallMethod("send", new[] { sent });
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return Done(StopIterationValue(e.Value));
        }
    }

    private PyObject? Throw(PyException thrown)
    {
        if (thrown.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
        {
            // Close the sub-iterator, then GeneratorExit is raised in the delegator.
            _owner.Delegate = null;
            if (Iterator is PyGenerator sub)
                sub.Close();
            else if (TryGetMethod(Iterator, "close") is { } close)
                close.Call(Array.Empty<PyObject>());
            throw thrown;
        }
        var args = _owner.ThrowArgs ?? new PyObject[] { thrown.Value };
        if (Iterator is PyGenerator g)
        {
            g.ThrowArgs = args;
            var r = g.Resume(PyNone.Instance, thrown);
            return r ?? Done(g.JustReturned ?? PyNone.Instance);
        }
        var method = TryGetMethod(Iterator, "throw");
        if (method is null)
        {
            _owner.Delegate = null;
            throw thrown;
        }
        try
        {
            return method.Call(args);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return Done(StopIterationValue(e.Value));
        }
    }

    private PyObject? Done(PyObject result)
    {
        Result = result;
        _owner.Delegate = null;
        return null;
    }

    private static PyObject? TryGetMethod(PyObject o, string name)
    {
        try
        {
            return o.GetAttr(name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            return null;
        }
    }

    /// <summary>StopIteration.value: the first argument, or None.</summary>
    public static PyObject StopIterationValue(PyBaseException e) =>
        e.GetAttr("value");
}
