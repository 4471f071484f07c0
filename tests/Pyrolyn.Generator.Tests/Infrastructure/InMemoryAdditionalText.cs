using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Pyrolyn.Generator.Tests.Infrastructure;

/// <summary>A .py AdditionalFile that lives in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
