using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The contextlib module, following CPython 3.11's Lib/contextlib.py: contextmanager
/// (_GeneratorContextManager), suppress, closing, nullcontext, redirect_stdout/redirect_stderr,
/// ExitStack, AbstractContextManager and ContextDecorator. The classes are ordinary heap classes
/// (subclassable) whose methods are builtin; their state lives in instance attributes named as
/// in CPython.</summary>
public static class ContextlibModule
{
    private const string Mod = "contextlib";

    private static PyType? s_acm, s_decorator, s_gcmBase, s_gcm, s_suppress, s_closing, s_null, s_redirect, s_stdout, s_stderr, s_exitStack;

    public static PyModule Create()
    {
        ObjectProtocol.EnsureInitialized();
        var m = new PyModule(Mod);
        var d = m.Dict;
        EnsureTypes();
        d["AbstractContextManager"] = s_acm!;
        d["ContextDecorator"] = s_decorator!;
        d["_GeneratorContextManagerBase"] = s_gcmBase!;
        d["_GeneratorContextManager"] = s_gcm!;
        d["suppress"] = s_suppress!;
        d["closing"] = s_closing!;
        d["nullcontext"] = s_null!;
        d["_RedirectStream"] = s_redirect!;
        d["redirect_stdout"] = s_stdout!;
        d["redirect_stderr"] = s_stderr!;
        d["ExitStack"] = s_exitStack!;
        d["contextmanager"] = new PyBuiltinFunction("contextmanager", (a, k) => ContextManager(ArgCheck.One(a, k, "contextmanager")), Mod);
        return m;
    }

    private static readonly object s_lock = new();

    private static void EnsureTypes()
    {
        lock (s_lock)
        {
            if (s_acm is not null)
                return;
            var acm = MakeType("AbstractContextManager", new PyObject[] { AbcModule.Create().GetAttr("ABC") }, AbcSupport.ABCMeta,
                "An abstract base class for context managers.");
            Method(acm, "__enter__", 1, 1, a => a[0]);
            var abstractExit = new ContextlibFunction("__exit__", "AbstractContextManager.__exit__", (a, k) =>
            {
                ArgCheck.NoKw(k, "AbstractContextManager.__exit__");
                if (a.Length != 4)
                    throw Errors.TypeError($"AbstractContextManager.__exit__() takes 4 positional arguments but {a.Length} were given");
                return PyNone.Instance;
            });
            abstractExit.SetAttr("__isabstractmethod__", PyBool.True);
            acm.Dict["__exit__"] = abstractExit;

            var dec = MakeType("ContextDecorator", Array.Empty<PyObject>(), BuiltinTypes.Type,
                "A base class or mixin that enables context managers to work as decorators.");
            Method(dec, "_recreate_cm", 1, 1, a => a[0]);
            Method(dec, "__call__", 2, 2, a => DecoratorCall(a[0], a[1]));

            var gBase = MakeType("_GeneratorContextManagerBase", Array.Empty<PyObject>(), BuiltinTypes.Type,
                "Shared functionality for @contextmanager and @asynccontextmanager.");
            Method(gBase, "__init__", 4, 4, a => GcmInit(a[0], a[1], a[2], a[3]));
            Method(gBase, "_recreate_cm", 1, 1, a => a[0].Type.Call(new[] { a[0].GetAttr("func"), a[0].GetAttr("args"), a[0].GetAttr("kwds") }));

            var gcm = MakeType("_GeneratorContextManager", new PyObject[] { gBase, acm, dec }, AbcSupport.ABCMeta,
                "Helper for @contextmanager decorator.");
            Method(gcm, "__enter__", 1, 1, a => GcmEnter(a[0]));
            Method(gcm, "__exit__", 4, 4, a => GcmExit(a[0], a[1], a[2], a[3]));

            var sup = MakeType("suppress", new PyObject[] { acm }, AbcSupport.ABCMeta,
                "Context manager to suppress specified exceptions\n\n    After the exception is suppressed, execution proceeds with the next\n    statement following the with statement.\n\n         with suppress(FileNotFoundError):\n             os.remove(somefile)\n         # Execution still resumes here if the file was already removed\n    ");
            SetMethod(sup, "__init__", (a, k) =>
            {
                ArgCheck.NoKw(k, "suppress");
                if (a.Length < 1)
                    throw Errors.TypeError("descriptor '__init__' of 'suppress' object needs an argument");
                a[0].SetAttr("_exceptions", new PyTuple(a[1..]));
                return PyNone.Instance;
            });
            Method(sup, "__enter__", 1, 1, a => PyNone.Instance);
            Method(sup, "__exit__", 4, 4, a =>
            {
                if (a[1] is PyNone)
                    return PyBool.False;
                return PyBool.From(Builtins.IsSubclass(a[1], a[0].GetAttr("_exceptions")));
            });

            var clo = MakeType("closing", new PyObject[] { acm }, AbcSupport.ABCMeta,
                "Context to automatically close something at the end of a block.");
            Method(clo, "__init__", 2, 2, a =>
            {
                a[0].SetAttr("thing", a[1]);
                return PyNone.Instance;
            });
            Method(clo, "__enter__", 1, 1, a => a[0].GetAttr("thing"));
            Method(clo, "__exit__", 1, int.MaxValue, a =>
            {
                a[0].GetAttr("thing").CallMethod("close", Array.Empty<PyObject>());
                return PyNone.Instance;
            });

            var nul = MakeType("nullcontext", new PyObject[] { acm }, AbcSupport.ABCMeta,
                "Context manager that does no additional processing.");
            SetMethod(nul, "__init__", (a, k) =>
            {
                var s = NullInitSig.Bind(a, k);
                s[0]!.SetAttr("enter_result", s[1] ?? PyNone.Instance);
                return PyNone.Instance;
            });
            Method(nul, "__enter__", 1, 1, a => a[0].GetAttr("enter_result"));
            Method(nul, "__exit__", 1, int.MaxValue, a => PyNone.Instance);

            var red = MakeType("_RedirectStream", new PyObject[] { acm }, AbcSupport.ABCMeta, null);
            red.Dict["_stream"] = PyNone.Instance;
            Method(red, "__init__", 2, 2, a =>
            {
                a[0].SetAttr("_new_target", a[1]);
                a[0].SetAttr("_old_targets", new PyList());
                return PyNone.Instance;
            });
            Method(red, "__enter__", 1, 1, a => RedirectEnter(a[0]));
            Method(red, "__exit__", 4, 4, a => RedirectExit(a[0]));
            var rOut = MakeType("redirect_stdout", new PyObject[] { red }, AbcSupport.ABCMeta,
                "Context manager for temporarily redirecting stdout to another file.");
            rOut.Dict["_stream"] = new PyStr("stdout");
            var rErr = MakeType("redirect_stderr", new PyObject[] { red }, AbcSupport.ABCMeta,
                "Context manager for temporarily redirecting stderr to another file.");
            rErr.Dict["_stream"] = new PyStr("stderr");

            var es = MakeType("ExitStack", new PyObject[] { acm }, AbcSupport.ABCMeta,
                "Context manager for dynamic management of a stack of exit callbacks.\n\n    For example:\n        with ExitStack() as stack:\n            files = [stack.enter_context(open(fname)) for fname in filenames]\n            # All opened files will automatically be closed at the end of\n            # the with statement, even if attempts to open files later\n            # in the list raise an exception.\n    ");
            Method(es, "__init__", 1, 1, a =>
            {
                a[0].SetAttr("_exit_callbacks", new PyList());
                return PyNone.Instance;
            });
            Method(es, "pop_all", 1, 1, a =>
            {
                var self = a[0];
                var created = self.Type.Call(Array.Empty<PyObject>());
                created.SetAttr("_exit_callbacks", self.GetAttr("_exit_callbacks"));
                self.SetAttr("_exit_callbacks", new PyList());
                return created;
            });
            Method(es, "push", 2, 2, a => StackPush(a[0], a[1]));
            Method(es, "enter_context", 2, 2, a => StackEnterContext(a[0], a[1]));
            SetMethod(es, "callback", (a, k) =>
            {
                int npos = ArgCheck.PositionalCount(a, k);
                if (npos < 2)
                    throw Errors.TypeError(npos < 1
                        ? "descriptor 'callback' of 'ExitStack' object needs an argument"
                        : "ExitStack.callback() missing 1 required positional argument: 'callback'");
                var self = a[0];
                var callback = a[1];
                var rest = a[2..];
                var kw = k;
                var wrapper = new ContextlibFunction("_exit_wrapper", "_BaseExitStack._create_cb_wrapper.<locals>._exit_wrapper", (a2, k2) =>
                {
                    callback.Call(rest, kw);
                    return PyNone.Instance;
                });
                wrapper.SetAttr("__wrapped__", callback);
                Push(self, wrapper);
                return callback;
            });
            Method(es, "__enter__", 1, 1, a => a[0]);
            Method(es, "__exit__", 4, 4, a => StackExit(a[0], a[1], a[2], a[3]));
            Method(es, "close", 1, 1, a =>
            {
                StackExit(a[0], PyNone.Instance, PyNone.Instance, PyNone.Instance);
                return PyNone.Instance;
            });

            // The methods were added after the classes were made: recompute what stays abstract.
            foreach (var t in new[] { acm, gcm, sup, clo, nul, red, rOut, rErr, es })
                AbcSupport.UpdateAbstractMethods(t);

            s_decorator = dec;
            s_gcmBase = gBase;
            s_gcm = gcm;
            s_suppress = sup;
            s_closing = clo;
            s_null = nul;
            s_redirect = red;
            s_stdout = rOut;
            s_stderr = rErr;
            s_exitStack = es;
            s_acm = acm;
        }
    }

    private static readonly PySignature NullInitSig = new("__init__", new[] { "self", "enter_result" }, 1);

    private static PyType MakeType(string name, PyObject[] bases, PyType meta, string? doc)
    {
        var ns = new PyDict();
        ns.SetItem(new PyStr("__module__"), new PyStr(Mod));
        ns.SetItem(new PyStr("__qualname__"), new PyStr(name));
        ns.SetItem(new PyStr("__doc__"), doc is null ? PyNone.Instance : new PyStr(doc));
        return (PyType)ClassBuilder.TypeNew(meta, new PyObject[] { new PyStr(name), new PyTuple(bases), ns }, null);
    }

    private static void SetMethod(PyType t, string name, Func<PyObject[], string[]?, PyObject> f) =>
        t.Dict[name] = new PySlotWrapper(t, name, f);

    /// <summary>Parameter names of the methods, for the missing-argument messages.</summary>
    private static readonly Dictionary<string, string[]> s_params = new()
    {
        ["ContextDecorator.__call__"] = new[] { "self", "func" },
        ["_GeneratorContextManagerBase.__init__"] = new[] { "self", "func", "args", "kwds" },
        ["_GeneratorContextManager.__exit__"] = new[] { "self", "typ", "value", "traceback" },
        ["suppress.__exit__"] = new[] { "self", "exctype", "excinst", "exctb" },
        ["closing.__init__"] = new[] { "self", "thing" },
        ["_RedirectStream.__init__"] = new[] { "self", "new_target" },
        ["_RedirectStream.__exit__"] = new[] { "self", "exctype", "excinst", "exctb" },
        ["ExitStack.push"] = new[] { "self", "exit" },
        ["ExitStack.enter_context"] = new[] { "self", "cm" },
        ["AbstractContextManager.__exit__"] = new[] { "self", "exc_type", "exc_value", "traceback" },
    };

    /// <summary>A method taking positional arguments only (self included in the counts).</summary>
    private static void Method(PyType t, string name, int min, int max, Func<PyObject[], PyObject> body) =>
        SetMethod(t, name, (a, k) =>
        {
            if (k is { Length: > 0 })
                throw Errors.TypeError($"{t.Name}.{name}() got an unexpected keyword argument '{k[0]}'");
            if (a.Length < min && s_params.TryGetValue(t.Name + "." + name, out var ps))
            {
                var missing = ps[a.Length..min];
                var quoted = Array.ConvertAll(missing, m => "'" + m + "'");
                var list = quoted.Length == 1 ? quoted[0]
                    : quoted.Length == 2 ? quoted[0] + " and " + quoted[1]
                    : string.Join(", ", quoted[..^1]) + ", and " + quoted[^1];
                throw Errors.TypeError($"{t.Name}.{name}() missing {missing.Length} required positional argument{(missing.Length == 1 ? "" : "s")}: {list}");
            }
            if (a.Length < min || a.Length > max)
            {
                if (min == max)
                    throw Errors.TypeError($"{t.Name}.{name}() takes {Plural(max)} but {a.Length} {(a.Length == 1 ? "was" : "were")} given");
                throw Errors.TypeError($"{t.Name}.{name}() takes from {min} to {max} positional arguments but {a.Length} were given");
            }
            return body(a);
        });

    private static string Plural(int n) => n == 1 ? "1 positional argument" : $"{n} positional arguments";

    // ---- contextmanager ----

    private static PyObject ContextManager(PyObject func)
    {
        var helper = new ContextlibFunction(func, (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            var args = new PyTuple(a[..npos]);
            var kwds = new PyDict();
            for (int i = 0; k is not null && i < k.Length; i++)
                kwds.SetItem(new PyStr(k[i]), a[npos + i]);
            return s_gcm!.Call(new PyObject[] { func, args, kwds });
        }, "contextmanager.<locals>.helper");
        return helper;
    }

    private static PyObject GcmInit(PyObject self, PyObject func, PyObject args, PyObject kwds)
    {
        var posArgs = Ops.ToArray(args);
        var keys = Ops.ToArray(kwds);
        PyObject gen;
        if (keys.Length == 0)
        {
            gen = func.Call(posArgs);
        }
        else
        {
            var all = new PyObject[posArgs.Length + keys.Length];
            posArgs.CopyTo(all, 0);
            var names = new string[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                names[i] = Ops.Str(keys[i]);
                all[posArgs.Length + i] = kwds.GetItem(keys[i]);
            }
            gen = func.Call(all, names);
        }
        self.SetAttr("gen", gen);
        self.SetAttr("func", func);
        self.SetAttr("args", args);
        self.SetAttr("kwds", kwds);
        var doc = Ops.GetAttr(func, "__doc__", PyNone.Instance);
        if (doc is PyNone)
            doc = Ops.GetAttr(self.Type, "__doc__", PyNone.Instance);
        self.SetAttr("__doc__", doc);
        return PyNone.Instance;
    }

    private static void TryDel(PyObject self, string name) => Ops.DelAttr(self, name);

    private static PyObject GcmEnter(PyObject self)
    {
        // do not keep args and kwds alive unnecessarily; they are only needed for recreation
        TryDel(self, "args");
        TryDel(self, "kwds");
        TryDel(self, "func");
        var gen = self.GetAttr("gen");
        PyObject? r;
        try
        {
            r = NextOf(gen);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            r = null;
        }
        if (r is null)
        {
            var err = Errors.RuntimeError("generator didn't yield");
            err.Value.SuppressContext = true;
            throw err;
        }
        return r;
    }

    /// <summary>next(gen): null when exhausted (StopIteration).</summary>
    private static PyObject? NextOf(PyObject gen)
    {
        if (gen is PyGenerator g)
            return g.Resume(PyNone.Instance, null);
        return Ops.Next(gen);
    }

    private static PyObject GcmExit(PyObject self, PyObject typ, PyObject value, PyObject traceback)
    {
        var gen = self.GetAttr("gen");
        if (typ is PyNone)
        {
            PyObject? r;
            try
            {
                r = NextOf(gen);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                return PyBool.False;
            }
            if (r is null)
                return PyBool.False;
            throw Errors.RuntimeError("generator didn't stop");
        }
        if (value is PyNone)
        {
            // Need to force instantiation so we can reliably tell if we get the same exception back
            value = typ.Call(Array.Empty<PyObject>());
        }
        try
        {
            if (gen is PyGenerator g)
                g.Throw(typ, value);
            else
                gen.CallMethod("throw", new[] { typ, value, traceback });
        }
        catch (PyException exc) when (exc.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            // Suppress StopIteration *unless* it's the same exception that was passed to throw().
            return PyBool.From(!ReferenceEquals(exc.Value, value));
        }
        catch (PyException exc) when (exc.Value.Type.IsSubtypeOf(ExceptionTypes.RuntimeError))
        {
            // Don't re-raise the passed in exception. (issue27122)
            if (ReferenceEquals(exc.Value, value))
                return PyBool.False;
            // Avoid suppressing if a StopIteration exception was passed to throw() and later
            // wrapped into a RuntimeError (see PEP 479 for sync generators).
            if (value is PyBaseException v && v.Type.IsSubtypeOf(ExceptionTypes.StopIteration) && ReferenceEquals(exc.Value.Cause, value))
                return PyBool.False;
            throw;
        }
        catch (PyException exc)
        {
            // Only re-raise if it's *not* the exception that was passed to throw(), because
            // __exit__() must not raise an exception unless __exit__() itself failed.
            if (!ReferenceEquals(exc.Value, value))
                throw;
            return PyBool.False;
        }
        throw Errors.RuntimeError("generator didn't stop after throw()");
    }

    // ---- ContextDecorator ----

    private static PyObject DecoratorCall(PyObject self, PyObject func) =>
        new ContextlibFunction(func, (a, k) =>
        {
            var cm = self.CallMethod("_recreate_cm", Array.Empty<PyObject>());
            return With(cm, () => func.Call(a, k));
        }, "ContextDecorator.__call__.<locals>.inner");

    /// <summary>The with statement around <paramref name="body"/>; None when an exception was suppressed.</summary>
    private static PyObject With(PyObject cm, Func<PyObject> body)
    {
        var exit = ContextManagers.Exit(cm);
        ContextManagers.Enter(cm);
        PyObject r;
        try
        {
            r = body();
        }
        catch (PyException e)
        {
            if (ContextManagers.ExitWithException(exit, e))
                return PyNone.Instance;
            throw;
        }
        ContextManagers.ExitNormally(exit);
        return r;
    }

    // ---- redirect_stdout / redirect_stderr ----

    private static PyObject RedirectEnter(PyObject self)
    {
        var stream = Ops.Str(self.GetAttr("_stream"));
        var target = self.GetAttr("_new_target");
        var sys = SysModule.Instance;
        ((PyList)self.GetAttr("_old_targets")).Append(sys.GetAttr(stream));
        StreamRedirection.Set(stream, target);
        return target;
    }

    private static PyObject RedirectExit(PyObject self)
    {
        var stream = Ops.Str(self.GetAttr("_stream"));
        var olds = (PyList)self.GetAttr("_old_targets");
        var old = olds.CallMethod("pop", Array.Empty<PyObject>());
        StreamRedirection.Set(stream, old);
        return PyNone.Instance;
    }

    // ---- ExitStack ----

    private static PyList Callbacks(PyObject self) =>
        self.GetAttr("_exit_callbacks") as PyList ?? throw Errors.TypeError("_exit_callbacks must be a list");

    /// <summary>Appends (is_sync, callback), as _BaseExitStack._push_exit_callback does.</summary>
    private static void Push(PyObject self, PyObject callback) =>
        Callbacks(self).Append(new PyTuple(new PyObject[] { PyBool.True, callback }));

    private static PyObject StackPush(PyObject self, PyObject exit)
    {
        var method = exit.Type.Lookup("__exit__");
        Push(self, method is null ? exit : ObjectProtocol.Bind(method, exit));
        return exit;
    }

    private static PyObject StackEnterContext(PyObject self, PyObject cm)
    {
        var cls = cm.Type;
        var enter = cls.Lookup("__enter__");
        var exit = cls.Lookup("__exit__");
        if (enter is null || exit is null)
        {
            PyException NotCm()
            {
                var err = Errors.TypeError($"'{Ops.Str(Ops.GetAttr(cls, "__module__", new PyStr("builtins")))}.{Ops.Str(Ops.GetAttr(cls, "__qualname__", new PyStr(cls.Name)))}' object does not support the context manager protocol");
                err.Value.SuppressContext = true;
                return err;
            }
            if (cm is PyInstance)
                throw NotCm();
            // A runtime object serving the protocol through its own attribute lookup.
            PyObject boundExit;
            try
            {
                boundExit = ContextManagers.Exit(cm);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                throw NotCm();
            }
            var res = ContextManagers.Enter(cm);
            Push(self, boundExit);
            return res;
        }
        var result = ObjectProtocol.Bind(enter, cm).Call(Array.Empty<PyObject>());
        Push(self, ObjectProtocol.Bind(exit, cm));
        return result;
    }

    private static PyObject StackExit(PyObject self, PyObject excType, PyObject exc, PyObject tb)
    {
        bool receivedExc = excType is not PyNone;
        var frameExc = Raise.Handled?.Value;
        PyObject[] details = { excType, exc, tb };
        bool suppressed = false;
        bool pendingRaise = false;
        var callbacks = Callbacks(self);
        while (callbacks.Count > 0)
        {
            var entry = callbacks.CallMethod("pop", Array.Empty<PyObject>());
            var cb = entry is PyTuple { Items.Length: 2 } pair ? pair.Items[1] : entry;
            try
            {
                if (Ops.IsTrue(cb.Call(new[] { details[0], details[1], details[2] })))
                {
                    suppressed = true;
                    pendingRaise = false;
                    details = new PyObject[] { PyNone.Instance, PyNone.Instance, PyNone.Instance };
                }
            }
            catch (PyException e)
            {
                var newExc = e.Value;
                // Raised while frame_exc was being handled: that is its context (as a raise does).
                if (Raise.Handled is { } handled)
                    Raise.SetContext(e, handled);
                FixExceptionContext(newExc, details[1], frameExc);
                pendingRaise = true;
                details = new PyObject[] { newExc.Type, newExc, newExc.GetAttr("__traceback__") };
            }
        }
        if (pendingRaise)
        {
            var v = (PyBaseException)details[1];
            throw v.Carrier ?? new PyException(v);
        }
        return PyBool.From(receivedExc && suppressed);
    }

    /// <summary>Context for an exception raised by an exit callback: the exception it replaced.</summary>
    private static void FixExceptionContext(PyBaseException newExc, PyObject oldExc, PyBaseException? frameExc)
    {
        while (true)
        {
            var ctx = newExc.Context;
            if (ctx is null || ReferenceEquals(ctx, oldExc))
                return;
            if (ReferenceEquals(ctx, frameExc))
                break;
            newExc = ctx;
        }
        newExc.Context = oldExc as PyBaseException;
    }
}

/// <summary>A function made by contextlib (contextmanager's helper, a ContextDecorator's
/// wrapper, an ExitStack callback wrapper): callable, binds as a method, and carries the
/// attributes functools.wraps copies.</summary>
public sealed class ContextlibFunction : PyObject, IInstanceBinder
{
    public static readonly PyType FunctionType = new("function", new[] { BuiltinTypes.Object }, "builtins");

    private readonly Func<PyObject[], string[]?, PyObject> _func;
    private readonly Dictionary<string, PyObject> _attrs = new(StringComparer.Ordinal);

    public ContextlibFunction(string name, string qualName, Func<PyObject[], string[]?, PyObject> func)
    {
        _func = func;
        _attrs["__name__"] = new PyStr(name);
        _attrs["__qualname__"] = new PyStr(qualName);
        _attrs["__module__"] = new PyStr("contextlib");
        _attrs["__doc__"] = PyNone.Instance;
    }

    /// <summary>A wrapper of <paramref name="wrapped"/>, as functools.wraps makes it.</summary>
    public ContextlibFunction(PyObject wrapped, Func<PyObject[], string[]?, PyObject> func, string qualName)
        : this(qualName.Substring(qualName.LastIndexOf('.') + 1), qualName, func)
    {
        FunctoolsModule.UpdateWrapper(this, wrapped, null, null);
    }

    public override PyType Type => FunctionType;

    public override string Repr() => $"<function {Ops.Str(_attrs["__qualname__"])} at 0x{Identity.Of(this):x}>";

    public override PyObject Call(PyObject[] args, string[]? kwnames = null) => _func(args, kwnames);

    public PyObject BindTo(PyObject instance) => new PyMethod(instance, this);

    public override PyObject GetAttr(string name)
    {
        if (_attrs.TryGetValue(name, out var v))
            return v;
        if (name == "__dict__")
        {
            var d = new PyDict();
            foreach (var kv in _attrs)
                if (kv.Key is not ("__name__" or "__qualname__" or "__module__" or "__doc__"))
                    d.SetItem(new PyStr(kv.Key), kv.Value);
            return d;
        }
        return base.GetAttr(name);
    }

    public override void SetAttr(string name, PyObject value) => _attrs[name] = value;
}

/// <summary>redirect_stdout/redirect_stderr: sets sys.stdout/sys.stderr and points the process
/// writers print and tracebacks use at the new target (writing through its write method).</summary>
internal static class StreamRedirection
{
    private static System.IO.TextWriter? s_realOut, s_realErr;
    private static PyObject? s_sysOut, s_sysErr;

    public static void Set(string stream, PyObject target)
    {
        var sys = SysModule.Instance;
        if (s_sysOut is null)
        {
            s_sysOut = sys.GetAttr("stdout");
            s_sysErr = sys.GetAttr("stderr");
            s_realOut = StandardStreams.Out;
            s_realErr = StandardStreams.Error;
        }
        sys.SetAttr(stream, target);
        if (stream == "stdout")
            StandardStreams.Out = ReferenceEquals(target, s_sysOut) ? s_realOut! : new PyObjectWriter(target);
        else if (stream == "stderr")
            StandardStreams.Error = ReferenceEquals(target, s_sysErr) ? s_realErr! : new PyObjectWriter(target);
    }

    private sealed class PyObjectWriter : System.IO.TextWriter
    {
        private readonly PyObject _target;

        public PyObjectWriter(PyObject target)
        {
            _target = target;
            NewLine = "\n";
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is not null)
                _target.CallMethod("write", new PyObject[] { new PyStr(value) });
        }

        public override void Flush()
        {
        }
    }
}
