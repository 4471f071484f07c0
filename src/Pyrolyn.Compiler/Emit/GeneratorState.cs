using System.Collections.Generic;
using System.Linq;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// The resumable method being written for one generator. Python locals and temporaries live in
/// the closure of the resume lambda (so they survive suspension); control flow that contains a
/// yield is written flat with labels, and each C# try block that contains a yield is a
/// <em>region</em>: C# cannot jump into a try block, so a resumed generator jumps to the
/// region's entry label just before the <c>try</c>, and a dispatch switch at the top of the
/// try block jumps on to the yield (or to the next nested region).
/// </summary>
internal sealed class GeneratorState
{
    public const string TopRegion = "top";

    private readonly Dictionary<string, List<string>> _dispatch = new() { [TopRegion] = new List<string>() };
    private readonly List<string> _regions = new();
    private int _states;
    private int _labels;

    public GeneratorState(int id) => Prefix = "g" + id + "_";

    /// <summary>Unique prefix of this generator's labels.</summary>
    public string Prefix { get; }

    // Names of the resume lambda's parameters and state variables.
    public string Gen => "__gen";
    public string Thrown => "__thrown";
    public string Sent => "__sent";
    /// <summary>The lambda-local copy of the state being resumed; 0 once resumed.</summary>
    public string Resume => "__resume";
    /// <summary>The captured resume state: 0 before the first resume, else a yield number.</summary>
    public string State => "__state";

    public string NewLabel(string kind) => Prefix + kind + (++_labels);

    /// <summary>Starts a region (its try block is written by the caller right after the entry label).</summary>
    public string PushRegion()
    {
        string id = NewLabel("r");
        _dispatch[id] = new List<string>();
        _regions.Add(id);
        return id;
    }

    public void PopRegion() => _regions.RemoveAt(_regions.Count - 1);

    public static string EntryLabel(string region) => region + "_entry";

    public static string Placeholder(string region) => "/*@dispatch:" + region + "@*/";

    /// <summary>A new yield point in the current regions: returns its state number; its resume
    /// label is <see cref="ResumeLabel"/>.</summary>
    public int AddYieldPoint()
    {
        int k = ++_states;
        string target = ResumeLabel(k);
        var path = _regions.ToList();
        _dispatch[TopRegion].Add($"case {k}: goto {(path.Count > 0 ? EntryLabel(path[0]) : target)};");
        for (int i = 0; i < path.Count; i++)
            _dispatch[path[i]].Add($"case {k}: goto {(i + 1 < path.Count ? EntryLabel(path[i + 1]) : target)};");
        return k;
    }

    public string ResumeLabel(int k) => Prefix + "y" + k;

    public int YieldCount => _states;

    /// <summary>The dispatch switch of a region (empty when no yield is inside).</summary>
    public string DispatchSwitch(string region) =>
        _dispatch.TryGetValue(region, out var cases) && cases.Count > 0
            ? $"switch ({Resume}) {{ {string.Join(" ", cases)} }}"
            : "";

    /// <summary>Replaces every region placeholder in the written body by its dispatch switch.</summary>
    public string FillDispatch(string body)
    {
        foreach (var region in _dispatch.Keys)
            if (region != TopRegion)
                body = body.Replace(Placeholder(region), DispatchSwitch(region));
        return body;
    }
}
