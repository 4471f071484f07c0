using System;

namespace Pyrolyn.Compiler.Text;

/// <summary>A range of UTF-16 offsets in a <see cref="SourceText"/>.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;
    public override bool Equals(object? obj) => obj is TextSpan s && Equals(s);
    public override int GetHashCode() => (Start * 397) ^ Length;
    public override string ToString() => $"[{Start}..{End})";
}
