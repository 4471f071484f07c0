namespace Pyrolyn.Compiler.Text;

/// <summary>A zero-based line and UTF-16 column, as Roslyn's <c>LinePosition</c>.</summary>
public readonly struct LinePosition
{
    public LinePosition(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; }
    public int Character { get; }
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}
