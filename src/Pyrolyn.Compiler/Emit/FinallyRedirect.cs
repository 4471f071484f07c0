namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// A <c>try</c> whose <c>finally</c> returns, breaks or continues. C# forbids leaving a finally
/// block, so its body is written after the try instead; returns, breaks and continues in the
/// try jump to <see cref="Label"/> with <see cref="How"/> saying what to resume afterwards.
/// </summary>
internal sealed class FinallyRedirect
{
    public const int Return = 1, Break = 2, Continue = 3;

    public FinallyRedirect(string label, string how, string value, int loopDepth)
    {
        Label = label;
        How = how;
        Value = value;
        LoopDepth = loopDepth;
    }

    public string Label { get; }
    /// <summary>C# int variable: 0 (fell through), or Return/Break/Continue.</summary>
    public string How { get; }
    /// <summary>C# variable holding the pending return value.</summary>
    public string Value { get; }
    /// <summary>Loops enclosing the try: break/continue at this depth leave the try.</summary>
    public int LoopDepth { get; }
    public bool SawReturn { get; set; }
    public bool SawBreak { get; set; }
    public bool SawContinue { get; set; }
}
