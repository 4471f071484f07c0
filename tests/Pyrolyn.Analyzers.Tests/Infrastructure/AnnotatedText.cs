using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Pyrolyn.Analyzers.Tests.Infrastructure;

/// <summary>
/// A test script whose expected diagnostic spans are marked with <c>[</c> and <c>]</c>, as in
/// Minsk's tests. The markers are removed from <see cref="Text"/>; their spans are in
/// <see cref="Spans"/>, in the order the spans start. Scripts under test therefore avoid list
/// displays and subscripts.
/// </summary>
internal sealed class AnnotatedText
{
    private AnnotatedText(string text, ImmutableArray<TextSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }
    public ImmutableArray<TextSpan> Spans { get; }

    public static AnnotatedText Parse(string text)
    {
        var builder = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var starts = new Stack<int>();
        foreach (char c in text.Replace("\r\n", "\n"))
        {
            if (c == '[')
            {
                starts.Push(builder.Length);
            }
            else if (c == ']')
            {
                if (starts.Count == 0)
                    throw new ArgumentException("']' without '[' in test text", nameof(text));
                int start = starts.Pop();
                spans.Add(TextSpan.FromBounds(start, builder.Length));
            }
            else
            {
                builder.Append(c);
            }
        }
        if (starts.Count != 0)
            throw new ArgumentException("'[' without ']' in test text", nameof(text));
        return new AnnotatedText(builder.ToString(), spans.OrderBy(s => s.Start).ToImmutableArray());
    }
}
