using System;
using System.Collections.Generic;

namespace Pyrolyn.Compiler.Text;

/// <summary>The text of one script, with its path and a line index.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string path)
    {
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }
    public string Path { get; }
    public int Length => Text.Length;
    public char this[int index] => Text[index];
    public int LineCount => _lineStarts.Length;

    /// <summary>Zero-based line that holds <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        int index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The text of a zero-based line, without its line break.</summary>
    public string GetLineText(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
            end--;
        return Text.Substring(start, end - start);
    }

    public override string ToString() => Text;

    // Python accepts \n, \r\n and a lone \r as line breaks.
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
