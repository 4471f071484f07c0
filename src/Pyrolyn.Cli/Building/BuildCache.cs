using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace Pyrolyn.Cli.Building;

/// <summary>
/// Compiled programs under <c>~/.cache/pyrolyn/&lt;key&gt;/</c>, where the key is the SHA-256 of the
/// compiler version, the options and every source file of the program (paths and bytes). An index
/// entry per entry script remembers which files the program consisted of, so a hit costs a few
/// file reads and no Python or C# compilation.
/// </summary>
public sealed class BuildCache
{
    private const string Marker = "complete";

    public BuildCache(string? directory = null)
    {
        Directory = directory ?? DefaultDirectory();
    }

    public string Directory { get; }

    /// <summary><c>$PYROLYN_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/pyrolyn</c>, else <c>~/.cache/pyrolyn</c>.</summary>
    public static string DefaultDirectory()
    {
        string? explicitDir = Environment.GetEnvironmentVariable("PYROLYN_CACHE_DIR");
        if (!string.IsNullOrEmpty(explicitDir))
            return Path.GetFullPath(explicitDir);
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg))
            return Path.Combine(xdg, "pyrolyn");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (string.IsNullOrEmpty(home))
            home = Path.GetTempPath();
        return Path.Combine(home, ".cache", "pyrolyn");
    }

    /// <summary>Returns the cached build of <paramref name="entryPath"/>, building it on a miss.</summary>
    public BuildResult GetOrBuild(string entryPath, ProgramOptions options, TextWriter? log = null,
        CancellationToken cancellationToken = default)
    {
        string full = Path.GetFullPath(entryPath);
        if (!File.Exists(full))
            throw new UsageException($"can't open file '{entryPath}': No such file or directory");
        string display = Path.IsPathRooted(entryPath) ? entryPath : PathDisplay.For(full);
        string assemblyName = ProgramCompiler.DefaultAssemblyName(entryPath);
        string header = $"pyrolyn-cache-v1\n{ProgramCompiler.CompilerVersion}\n{options.CacheText}\n{display}\n{assemblyName}\n";
        string indexPath = Path.Combine(Directory, "index", Sha256(header + full) + ".txt");

        // A hit: the files the program had last time are unchanged and no shadowing file appeared.
        if (TryReadIndex(indexPath, out var files, out var missing) && files.Count > 0 && files[0] == full
            && missing.All(m => !File.Exists(m)))
        {
            string? key = TryKey(header, files);
            if (key is not null)
            {
                string dir = Path.Combine(Directory, key);
                string dll = Path.Combine(dir, assemblyName + ".dll");
                if (File.Exists(Path.Combine(dir, Marker)) && File.Exists(dll))
                {
                    log?.WriteLine($"pyrolyn: cache hit: {dir}");
                    return new BuildResult(true, dll, Array.Empty<string>(), null, cacheHit: true);
                }
            }
        }

        log?.WriteLine("pyrolyn: cache miss: compiling");
        var translation = ProgramCompiler.Translate(entryPath, options, cancellationToken);
        if (!translation.Success)
            return BuildResult.Failed(translation.Errors, translation);

        // Key the build by what was actually compiled (the texts the compiler read).
        var sourceFiles = translation.Modules.Select(m => m.FullPath).ToList();
        var sb = new StringBuilder(header);
        foreach (var m in translation.Modules)
            sb.Append(m.FullPath).Append('\0').Append(m.SourceText).Append('\0');
        string buildKey = Sha256(sb.ToString());
        string finalDir = Path.Combine(Directory, buildKey);
        string finalDll = Path.Combine(finalDir, assemblyName + ".dll");

        if (!(File.Exists(Path.Combine(finalDir, Marker)) && File.Exists(finalDll)))
        {
            if (System.IO.Directory.Exists(finalDir))
                TryDelete(finalDir); // damaged by hand: no marker or no program
            string tmpDir = Path.Combine(Directory, "tmp-" + Guid.NewGuid().ToString("N"));
            try
            {
                var result = ProgramCompiler.CompileAssembly(translation, assemblyName, tmpDir, options,
                    cancellationToken: cancellationToken);
                if (!result.Success)
                    return result;
                File.WriteAllText(Path.Combine(tmpDir, Marker), ProgramCompiler.CompilerVersion + "\n");
                // The marker is written before the (atomic) move, so an existing folder is a
                // complete build by another pyrolyn process that raced with this one: keep it.
                if (!System.IO.Directory.Exists(finalDir))
                {
                    try
                    {
                        System.IO.Directory.Move(tmpDir, finalDir);
                    }
                    catch (IOException) when (System.IO.Directory.Exists(finalDir))
                    {
                    }
                }
            }
            finally
            {
                if (System.IO.Directory.Exists(tmpDir))
                    TryDelete(tmpDir);
            }
        }

        WriteIndex(indexPath, sourceFiles, translation.ProbedMissingPaths);
        return new BuildResult(true, finalDll, Array.Empty<string>(), translation);
    }

    private static string? TryKey(string header, IReadOnlyList<string> files)
    {
        var sb = new StringBuilder(header);
        foreach (string f in files)
        {
            if (!File.Exists(f))
                return null;
            string text;
            try
            {
                text = ProgramCompiler.ReadSource(f);
            }
            catch (Exception e) when (e is IOException or UsageException or UnauthorizedAccessException)
            {
                return null;
            }
            sb.Append(f).Append('\0').Append(text).Append('\0');
        }
        return Sha256(sb.ToString());
    }

    private static bool TryReadIndex(string path, out List<string> files, out List<string> missing)
    {
        files = new List<string>();
        missing = new List<string>();
        try
        {
            if (!File.Exists(path))
                return false;
            foreach (string line in File.ReadAllLines(path))
            {
                if (line.StartsWith("file ", StringComparison.Ordinal))
                    files.Add(line.Substring(5));
                else if (line.StartsWith("missing ", StringComparison.Ordinal))
                    missing.Add(line.Substring(8));
            }
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void WriteIndex(string path, IEnumerable<string> files, IEnumerable<string> missing)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var sb = new StringBuilder();
            foreach (string f in files)
                sb.Append("file ").Append(f).Append('\n');
            foreach (string m in missing)
                sb.Append("missing ").Append(m).Append('\n');
            ProgramCompiler.WriteAtomically(path, Encoding.UTF8.GetBytes(sb.ToString()));
        }
        catch (IOException)
        {
            // The cache is an optimization only.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
