using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>BaseExceptionGroup's methods (subgroup, split, derive) and the except* protocol used by
/// compiled code (CPython 3.11's semantics: the caught exception is split by each clause's types,
/// exceptions raised by the clauses and the unhandled rest are raised together at the end).</summary>
public static class ExceptionGroups
{
    internal static void RegisterMethods() =>
        BuiltinAttr.Register(ExceptionTypes.BaseExceptionGroup, Dispatch, "subgroup", "split", "derive");

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyBaseException)selfObj;
        switch (name)
        {
            case "derive":
                return Derive(self, ArgCheck.One(args, kw, "BaseExceptionGroup.derive"));
            case "subgroup":
            {
                var pred = Matcher(ArgCheck.One(args, kw, "BaseExceptionGroup.subgroup"));
                return (PyObject?)Split(self, pred, wantRest: false).Match ?? PyNone.Instance;
            }
            case "split":
            {
                var pred = Matcher(ArgCheck.One(args, kw, "BaseExceptionGroup.split"));
                var (m, r) = Split(self, pred, wantRest: true);
                return new PyTuple(new PyObject[] { (PyObject?)m ?? PyNone.Instance, (PyObject?)r ?? PyNone.Instance });
            }
        }
        return null;
    }

    public static bool IsGroup(PyBaseException e) => e.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup);

    public static PyObject[] Members(PyBaseException group) =>
        group.Args.Count > 1 ? Ops.ToArray(group.Args[1]) : Array.Empty<PyObject>();

    /// <summary>The condition of split/subgroup: an exception type, a tuple of types or a predicate.</summary>
    private static Func<PyBaseException, bool> Matcher(PyObject condition)
    {
        if (condition is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
            return e => e.Type.IsSubtypeOf(t);
        if (condition is PyTuple tuple)
        {
            var types = new List<PyType>();
            foreach (var item in tuple.Items)
            {
                if (item is PyType it && it.IsSubtypeOf(ExceptionTypes.BaseException))
                    types.Add(it);
                else
                    throw Errors.TypeError("expected a function, exception type or tuple of exception types");
            }
            return e => types.Exists(x => e.Type.IsSubtypeOf(x));
        }
        if (condition is not PyType && Builtins.Callable(condition))
            return e => Ops.IsTrue(condition.Call(new PyObject[] { e }));
        throw Errors.TypeError("expected a function, exception type or tuple of exception types");
    }

    /// <summary>self.derive(excs), then the group's __traceback__, __cause__, __context__ and __notes__.</summary>
    private static PyBaseException DeriveFull(PyBaseException self, List<PyObject> items)
    {
        var derived = self.GetAttr("derive").Call(new PyObject[] { new PyList(items.ToArray()) });
        if (derived is not PyBaseException d || !IsGroup(d))
            throw Errors.TypeError("derive must return an instance of BaseExceptionGroup");
        d.SetAttr("__traceback__", self.GetAttr("__traceback__"));
        d.Cause = self.Cause;
        d.Context = self.Context;
        d.SuppressContext = self.SuppressContext;
        if (self.InstanceDict is { } dict && dict.ContainsKey(new PyStr("__notes__")))
            d.SetAttr("__notes__", dict.GetItem(new PyStr("__notes__")));
        return d;
    }

    private static PyObject Derive(PyBaseException self, PyObject excs) =>
        ExceptionTypes.BaseExceptionGroup.Call(new PyObject[] { self.Args.Count > 0 ? self.Args[0] : new PyStr(""), excs });

    internal static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException self, Func<PyBaseException, bool> pred, bool wantRest)
    {
        if (pred(self))
            return (self, null);
        if (!IsGroup(self))
            return (null, self);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var item in Members(self))
        {
            var e = (PyBaseException)item;
            if (IsGroup(e))
            {
                var (m, r) = Split(e, pred, wantRest);
                if (m is not null)
                    matched.Add(m);
                if (r is not null)
                    rest.Add(r);
            }
            else if (pred(e))
            {
                matched.Add(e);
            }
            else
            {
                rest.Add(e);
            }
        }
        var mg = matched.Count > 0 ? DeriveFull(self, matched) : null;
        var rg = wantRest && rest.Count > 0 ? DeriveFull(self, rest) : null;
        return (mg, rg);
    }

    private static void Leaves(PyBaseException e, HashSet<PyBaseException> into)
    {
        if (IsGroup(e))
        {
            foreach (var item in Members(e))
                if (item is PyBaseException b)
                    Leaves(b, into);
        }
        else
        {
            into.Add(e);
        }
    }

    // ---- except* -------------------------------------------------------------------------------

    /// <summary>The state of one except* statement while its clauses run.</summary>
    public sealed class StarState
    {
        internal StarState(PyBaseException original, bool naked, PyBaseException? rest)
        {
            Original = original;
            Naked = naked;
            Rest = rest;
        }

        internal PyBaseException Original { get; }
        internal bool Naked { get; }
        internal PyBaseException? Rest { get; set; }
        internal List<PyBaseException> Raised { get; } = new();
        internal List<PyBaseException> Reraised { get; } = new();
    }

    /// <summary>Starts an except* statement on the caught exception (a naked exception is wrapped
    /// in <c>ExceptionGroup('', (e,))</c>).</summary>
    public static StarState StarBegin(PyException caught)
    {
        var e = caught.Value;
        if (IsGroup(e))
            return new StarState(e, naked: false, e);
        return new StarState(e, naked: true, e);
    }

    /// <summary><c>except* T</c>: splits the part matching T off the unhandled rest; null when nothing matches.</summary>
    public static PyException? StarMatch(StarState state, PyObject typeOrTuple)
    {
        CheckStarType(typeOrTuple);
        if (state.Rest is null)
            return null;
        var pred = Matcher(typeOrTuple);
        var (m, r) = Split(state.Rest, pred, wantRest: true);
        if (m is null)
            return null;
        state.Rest = r;
        if (!IsGroup(m))
        {
            // A naked exception is matched wrapped: ExceptionGroup('', (e,)).
            var wrapper = (PyBaseException)ExceptionTypes.BaseExceptionGroup.Call(new PyObject[] { new PyStr(""), new PyTuple(new PyObject[] { m }) });
            wrapper.SetAttr("__traceback__", m.GetAttr("__traceback__"));
            return new PyException(wrapper);
        }
        return m.Carrier ?? new PyException(m);
    }

    private static void CheckStarType(PyObject t)
    {
        if (t is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                CheckStarType(item);
            return;
        }
        if (t is not PyType type || !type.IsSubtypeOf(ExceptionTypes.BaseException))
            throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        if (type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            throw Errors.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>Exception filter around an except* clause body: records what the clause raised (a
    /// bare <c>raise</c> re-raises the matched part). Always true: the exception is raised at the end.</summary>
    public static bool StarRaised(StarState state, PyException raised, PyException matched)
    {
        if (ReferenceEquals(raised.Value, matched.Value))
        {
            state.Reraised.Add(raised.Value);
        }
        else
        {
            Raise.SetContext(raised, matched);
            state.Raised.Add(raised.Value);
        }
        return true;
    }

    /// <summary>Ends an except* statement: raises what the clauses raised together with the
    /// re-raised and unhandled parts, if any.</summary>
    public static void StarEnd(StarState state)
    {
        var keep = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        if (state.Rest is not null)
            Leaves(state.Rest, keep);
        foreach (var r in state.Reraised)
            Leaves(r, keep);
        if (state.Raised.Count == 0 && keep.Count == 0)
            return;
        if (state.Naked)
        {
            // Only one clause ran on the wrapped exception: what it raised is raised unwrapped,
            // else the naked exception itself.
            var single = state.Raised.Count > 0 ? state.Raised[0] : state.Original;
            throw single.Carrier ?? new PyException(single);
        }
        // CPython's _PyExc_PrepReraiseStar: the re-raised and unhandled leaves are projected out
        // of the original group (always a new group derived from it), the clauses' exceptions
        // come first; a single exception is raised as is.
        var kept = keep.Count == 0 ? null : Split(state.Original, e => !IsGroup(e) && keep.Contains(e), wantRest: false).Match;
        var items = new List<PyObject>();
        foreach (var r in state.Raised)
            items.Add(r);
        if (kept is not null)
            items.Add(kept);
        if (items.Count == 1)
        {
            var only = (PyBaseException)items[0];
            throw only.Carrier ?? new PyException(only);
        }
        var group = (PyBaseException)ExceptionTypes.BaseExceptionGroup.Call(new PyObject[] { new PyStr(""), new PyList(items.ToArray()) });
        throw new PyException(group);
    }
}
