using System;
using System.Threading;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

/// <summary>
/// The resumable body of one generator: compiled code hoists the generator's locals into a
/// closure and switches on its resume state. Called with the exception to raise at the
/// suspended yield (<c>throw()</c>/<c>close()</c>) or null, and the value sent in. Returns the
/// next yielded value, or null when the body returned (see <see cref="PyGenerator.Return"/>).
/// </summary>
public delegate PyObject? GeneratorBody(PyGenerator generator, PyException? thrown, PyObject sent);

/// <summary>
/// A generator object (<c>type(g).__name__ == 'generator'</c>): the iterator protocol plus
/// send/throw/close, gi_running, PEP 479 and StopIteration.value, as CPython 3.11.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    public static readonly PyType GeneratorType = new("generator", new[] { BuiltinTypes.Object }, "builtins");

    private readonly GeneratorBody _body;
    private int _running;
    private bool _started;
    private bool _finished;
    private PyObject _returnValue = PyNone.Instance;
    /// <summary>The value of the last resume that returned, for <c>next()</c>'s StopIteration.</summary>
    private PyObject? _justReturned;

    public PyGenerator(string name, string qualName, GeneratorBody body)
    {
        Name = name;
        QualName = qualName;
        _body = body;
    }

    public string Name { get; private set; }
    public string QualName { get; private set; }

    /// <summary>The iterator a suspended <c>yield from</c> delegates to (<c>gi_yieldfrom</c>).</summary>
    public YieldFrom? Delegate { get; set; }

    public override PyType Type => GeneratorType;

    public override string Repr() => $"<generator object {QualName} at 0x{Identity.Of(this):x}>";

    public bool IsRunning => Volatile.Read(ref _running) != 0;
    public bool IsFinished => _finished;
    public bool IsStarted => _started;

    /// <summary>Called by the compiled body at <c>return</c>: records the value, ends the generator.</summary>
    public PyObject? Return(PyObject value)
    {
        _returnValue = value;
        return null;
    }

    /// <summary>The value the generator returned (StopIteration.value).</summary>
    public PyObject ReturnValue => _returnValue;

    /// <summary>The return value when the last resume made the generator return, else null.</summary>
    public PyObject? JustReturned => _justReturned;

    public override PyObject? Next() => Resume(PyNone.Instance, null);

    /// <summary>Runs the body to its next yield; null once it has returned. Exceptions raised by
    /// the body end the generator; a StopIteration becomes RuntimeError (PEP 479).</summary>
    public PyObject? Resume(PyObject sent, PyException? thrown)
    {
        if (_justReturned is not null)
            _justReturned = null;
        if (_finished)
        {
            if (thrown is not null)
                throw thrown;
            return null;
        }
        if (!_started && thrown is null && sent is not PyNone)
            throw Errors.TypeError("can't send non-None value to a just-started generator");
        // Under the GIL no other thread runs between the test and the store (switches happen
        // only at safepoints), so the compare-exchange is needed only without it.
        if (Gil.Enabled)
        {
            if (_running != 0)
                throw Errors.ValueError("generator already executing");
            _running = 1;
        }
        else if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            throw Errors.ValueError("generator already executing");
        }
        _started = true;
        try
        {
            var r = _body(this, thrown, sent);
            if (r is null)
            {
                _finished = true;
                _justReturned = _returnValue;
            }
            return r;
        }
        catch (PyException e)
        {
            _finished = true;
            if (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                var error = Errors.RuntimeError("generator raised StopIteration");
                error.Value.Cause = e.Value;
                error.Value.Context = e.Value;
                error.Value.SuppressContext = true;
                throw error;
            }
            throw;
        }
        finally
        {
            // Only the stores that change something: each reference store costs a GC write barrier.
            if (_finished && Delegate is not null)
                Delegate = null;
            if (ThrowArgs is not null)
                ThrowArgs = null;
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>StopIteration carrying a return value (no arguments for None), as CPython builds it.</summary>
    public static PyException StopIterationWith(PyObject value) =>
        new(new PyBaseException(ExceptionTypes.StopIteration, value is PyNone ? Array.Empty<PyObject>() : new[] { value }));

    /// <summary>The StopIteration for a <c>next()</c> that found the generator exhausted: it carries
    /// the return value when this very call made the generator return.</summary>
    public PyException ExhaustedStopIteration()
    {
        var v = _justReturned;
        _justReturned = null;
        return v is null ? Errors.StopIteration() : StopIterationWith(v);
    }

    /// <summary><c>send(value)</c>.</summary>
    public PyObject Send(PyObject value) =>
        Resume(value, null) ?? throw ExhaustedStopIteration();

    /// <summary><c>throw(value)</c> / <c>throw(type[, value[, traceback]])</c> (3.11 signatures).</summary>
    public PyObject Throw(PyObject type, PyObject? value = null, PyObject? traceback = null)
    {
        var thrown = MakeThrown(type, value, traceback);
        ThrowArgs = value is null ? new[] { type } : traceback is null ? new[] { type, value } : new[] { type, value, traceback };
        return Resume(PyNone.Instance, thrown) ?? throw ExhaustedStopIteration();
    }

    /// <summary>The arguments of the pending throw(), forwarded as given to a delegated
    /// iterator's own throw method (as CPython does).</summary>
    internal PyObject[]? ThrowArgs { get; set; }

    /// <summary>The exception <c>throw()</c> raises at the suspended yield.</summary>
    public static PyException MakeThrown(PyObject type, PyObject? value, PyObject? traceback)
    {
        if (traceback is not null && traceback is not PyNone)
            throw Errors.TypeError("throw() third argument must be a traceback object");
        if (type is PyBaseException instance)
        {
            if (value is not null && value is not PyNone)
                throw Errors.TypeError("instance exception may not have a separate value");
            return instance.Carrier ?? new PyException(instance);
        }
        if (type is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            if (value is PyBaseException v && v.Type.IsSubtypeOf(t))
                return v.Carrier ?? new PyException(v);
            PyObject[] args = value switch
            {
                null or PyNone => Array.Empty<PyObject>(),
                PyTuple tuple => tuple.Items,
                _ => new[] { value },
            };
            var created = t.Call(args);
            if (created is PyBaseException e)
                return e.Carrier ?? new PyException(e);
            throw Errors.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {created.Type.Name}");
        }
        throw Errors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {type.Type.Name}");
    }

    /// <summary><c>close()</c>: raises GeneratorExit at the suspended yield; the generator must
    /// not yield again.</summary>
    public void Close()
    {
        if (_finished)
            return;
        if (!_started)
        {
            _finished = true;
            return;
        }
        PyObject? r;
        try
        {
            r = Resume(PyNone.Instance, new PyException(new PyBaseException(ExceptionTypes.GeneratorExit, Array.Empty<PyObject>())));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return;
        }
        if (r is not null)
            throw Errors.RuntimeError("generator ignored GeneratorExit");
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "gi_running": return PyBool.From(IsRunning);
            case "gi_suspended": return PyBool.From(_started && !_finished && !IsRunning);
            case "gi_yieldfrom": return (PyObject?)Delegate?.Iterator ?? PyNone.Instance;
            case "__name__": return new PyStr(Name);
            case "__qualname__": return new PyStr(QualName);
        }
        return base.GetAttr(name);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "__name__":
                Name = value is PyStr s ? s.Value : throw Errors.TypeError("__name__ must be set to a string object");
                return;
            case "__qualname__":
                QualName = value is PyStr q ? q.Value : throw Errors.TypeError("__qualname__ must be set to a string object");
                return;
        }
        base.SetAttr(name, value);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static new PyObject? Dispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        var g = (PyGenerator)self;
        switch (name)
        {
            case "__next__":
                ArgCheck.None(args, kw, "generator.__next__");
                return g.Resume(PyNone.Instance, null) ?? throw g.ExhaustedStopIteration();
            case "__iter__":
                ArgCheck.None(args, kw, "generator.__iter__");
                return g;
            case "send":
                ArgCheck.NoKw(kw, "send");
                if (args.Length != 1)
                    throw Errors.TypeError($"generator.send() takes exactly one argument ({args.Length} given)");
                return g.Send(args[0]);
            case "throw":
                ArgCheck.NoKw(kw, "throw");
                if (args.Length < 1 || args.Length > 3)
                    throw Errors.TypeError(args.Length < 1 ? "throw expected at least 1 argument, got 0" : $"throw expected at most 3 arguments, got {args.Length}");
                return g.Throw(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
            case "close":
                ArgCheck.None(args, kw, "generator.close");
                g.Close();
                return PyNone.Instance;
        }
        return null;
    }

    internal static void RegisterMethods() =>
        BuiltinAttr.Register(GeneratorType, Dispatch, "__next__", "__iter__", "send", "throw", "close");
}
