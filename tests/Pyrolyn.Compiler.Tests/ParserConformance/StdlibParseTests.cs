using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;
using Xunit;
using Xunit.Abstractions;

namespace Pyrolyn.Compiler.Tests.ParserConformance;

/// <summary>
/// Parses every stdlib file that CPython accepts and compares our <see cref="AstDumper"/> text
/// with CPython's <c>ast.dump</c>. dump_stdlib.py produces CPython's side once (cached next to
/// the test assembly, never checked in).
/// </summary>
public sealed class StdlibParseTests
{
    private readonly ITestOutputHelper _output;

    public StdlibParseTests(ITestOutputHelper output) => _output = output;

    private sealed record StdlibFile(string Path, string Source, string Dump);

    [Fact]
    public void Parser_StdlibFiles_ParseWithoutErrorsAndMatchCPythonAstDump()
    {
        string? cache = EnsureCache();
        if (cache is null)
        {
            _output.WriteLine("SKIPPED: python3 was not found on PATH; the stdlib conformance test needs CPython 3.11.");
            return;
        }

        var files = ReadCache(cache);
        var parseFailures = new ConcurrentBag<(string Path, string Error)>();
        var mismatches = new ConcurrentBag<(string Path, string Difference)>();
        int identical = 0;
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var text = new SourceText(file.Source, file.Path);
            var diagnostics = new DiagnosticBag(text);
            var module = Parser.ParseModule(text, diagnostics, CancellationToken.None);
            if (diagnostics.HasErrors)
            {
                parseFailures.Add((file.Path, diagnostics.First().ToString()));
                return;
            }
            string dump = AstDumper.Dump(module);
            if (dump == file.Dump)
                Interlocked.Increment(ref identical);
            else
                mismatches.Add((file.Path, FirstDifference(dump, file.Dump)));
        });
        watch.Stop();

        int accepted = files.Count;
        int parsed = accepted - parseFailures.Count;
        double identicalPercent = 100.0 * identical / accepted;
        _output.WriteLine($"files accepted by CPython:   {accepted}");
        _output.WriteLine($"files parsed without error:  {parsed}");
        _output.WriteLine($"files with identical dump:   {identical} ({identicalPercent:F2}%)");
        _output.WriteLine($"parse time: {watch.Elapsed.TotalSeconds:F1}s on {Environment.ProcessorCount} cores");
        foreach (var (path, error) in parseFailures.OrderBy(f => f.Path, StringComparer.Ordinal))
            _output.WriteLine($"PARSE ERROR {path}: {error}");
        foreach (var (path, difference) in mismatches.OrderBy(f => f.Path, StringComparer.Ordinal))
            _output.WriteLine($"MISMATCH {path}: {difference}");

        Assert.True(parseFailures.IsEmpty, $"{parseFailures.Count} stdlib files failed to parse");
        Assert.True(identicalPercent >= 99.0, $"only {identicalPercent:F2}% of the dumps are identical");
    }

    private static string FirstDifference(string ours, string cpython)
    {
        int i = 0;
        while (i < ours.Length && i < cpython.Length && ours[i] == cpython[i])
            i++;
        int from = Math.Max(0, i - 80);
        string Slice(string s) => s.Substring(Math.Min(from, s.Length), Math.Min(160, Math.Max(0, s.Length - from)));
        return $"at {i}\n    ours:    ...{Slice(ours)}\n    cpython: ...{Slice(cpython)}";
    }

    private static List<StdlibFile> ReadCache(string path)
    {
        var files = new List<StdlibFile>();
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            files.Add(new StdlibFile(root.GetProperty("path").GetString()!, root.GetProperty("source").GetString()!, root.GetProperty("dump").GetString()!));
        }
        return files;
    }

    // Runs dump_stdlib.py once; the cache lives next to the test assembly (bin/, never checked in).
    private string? EnsureCache()
    {
        string directory = AppContext.BaseDirectory;
        string cache = Path.Combine(directory, "stdlib-ast-dump.jsonl.gz");
        if (File.Exists(cache))
            return cache;
        string script = Path.Combine(directory, "ParserConformance", "dump_stdlib.py");
        try
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(cache);
            using var process = Process.Start(start)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _output.WriteLine(stdout.Trim());
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"dump_stdlib.py failed ({process.ExitCode}): {stderr}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        return cache;
    }
}
