using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The signature of a stdlib function that CPython writes in Python (random.Random.sample,
/// heapq.nlargest, ...): binds vectorcall arguments to named slots with the interpreter's exact
/// argument errors, so the C# versions fail like the Python originals.
/// </summary>
internal sealed class PySignature
{
    private readonly string _qualName;
    private readonly string[] _positional;
    private readonly int _required;
    private readonly string[] _kwOnly;
    private readonly int _selfCount;

    /// <param name="qualName">Name in messages, e.g. "Random.sample".</param>
    /// <param name="positional">Positional-or-keyword parameters (self excluded).</param>
    /// <param name="required">How many leading positional parameters have no default.</param>
    /// <param name="kwOnly">Keyword-only parameters (all optional).</param>
    /// <param name="isMethod">Counts self in "takes N positional arguments", as CPython does.</param>
    public PySignature(string qualName, string[] positional, int required, string[]? kwOnly = null, bool isMethod = false)
    {
        _qualName = qualName;
        _positional = positional;
        _required = required;
        _kwOnly = kwOnly ?? Array.Empty<string>();
        _selfCount = isMethod ? 1 : 0;
    }

    /// <summary>Slots in declaration order (positional then keyword-only); null = not passed.</summary>
    public PyObject?[] Bind(PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        var slots = new PyObject?[_positional.Length + _kwOnly.Length];
        if (npos > _positional.Length)
            throw TooMany(npos, kwnames);
        Array.Copy(args, slots, npos);
        if (kwnames is not null)
        {
            for (int k = 0; k < kwnames.Length; k++)
            {
                string name = kwnames[k];
                int slot = Array.IndexOf(_positional, name);
                if (slot < 0)
                {
                    slot = Array.IndexOf(_kwOnly, name);
                    if (slot >= 0)
                        slot += _positional.Length;
                }
                if (slot < 0)
                    throw Errors.TypeError($"{_qualName}() got an unexpected keyword argument '{name}'");
                if (slots[slot] is not null)
                    throw Errors.TypeError($"{_qualName}() got multiple values for argument '{name}'");
                slots[slot] = args[npos + k];
            }
        }
        List<string>? missing = null;
        for (int i = 0; i < _required; i++)
            if (slots[i] is null)
                (missing ??= new List<string>()).Add(_positional[i]);
        if (missing is not null)
            throw Errors.TypeError($"{_qualName}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        return slots;
    }

    private PyException TooMany(int npos, string[]? kwnames)
    {
        int max = _positional.Length + _selfCount;
        int min = _required + _selfCount;
        int given = npos + _selfCount;
        int kwonlyGiven = 0;
        if (kwnames is not null)
            foreach (var k in kwnames)
                if (Array.IndexOf(_kwOnly, k) >= 0)
                    kwonlyGiven++;
        string sig = min == max ? max.ToString() : $"from {min} to {max}";
        bool plural = min != max || max != 1;
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        return Errors.TypeError($"{_qualName}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    /// <summary>'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's list of missing names).</summary>
    public static string JoinNames(List<string> names)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
                sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        return sb.ToString();
    }
}
