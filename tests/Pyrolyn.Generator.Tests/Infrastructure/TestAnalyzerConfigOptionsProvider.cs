using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pyrolyn.Generator.Tests.Infrastructure;

/// <summary>MSBuild properties as the compiler sees them (<c>build_property.X</c>).</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> buildProperties) =>
        _global = new TestOptions(buildProperties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(ImmutableDictionary<string, string>.Empty);
        private readonly ImmutableDictionary<string, string> _values;

        public TestOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
