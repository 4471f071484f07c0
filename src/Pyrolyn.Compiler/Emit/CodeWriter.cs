using System.Text;

namespace Pyrolyn.Compiler.Emit;

/// <summary>An indented text writer for generated C# (IndentedTextWriter is not in
/// netstandard2.0 without extra packages; this one also keeps line endings stable).</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private bool _atLineStart = true;

    public int Indent { get; set; }

    public CodeWriter Write(string text)
    {
        if (_atLineStart && text.Length > 0)
        {
            _sb.Append(' ', Indent * 4);
            _atLineStart = false;
        }
        _sb.Append(text);
        return this;
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
            Write(text);
        _sb.Append('\n');
        _atLineStart = true;
        return this;
    }

    /// <summary>A preprocessor line: never indented.</summary>
    public void Directive(string text)
    {
        if (!_atLineStart)
            Line();
        _sb.Append(text).Append('\n');
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        Indent++;
    }

    public void Close(string suffix = "")
    {
        Indent--;
        Line("}" + suffix);
    }

    public void Append(CodeWriter other)
    {
        // Re-indent another writer's text under the current indentation.
        foreach (var line in other.ToString().Split('\n'))
        {
            if (line.Length == 0)
                continue;
            if (line.StartsWith("#", System.StringComparison.Ordinal))
                Directive(line);
            else
                Line(line);
        }
    }

    public override string ToString() => _sb.ToString();
}
