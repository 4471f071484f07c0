using System;
using System.IO;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>
/// The process's stdout and stderr as Python sees them: UTF-8, "\n" line ends, stdout buffered
/// (flushed at exit, before stderr output and by flush()). print and sys.stdout both write here
/// so their output interleaves correctly.
/// </summary>
public static class StandardStreams
{
    public static TextWriter Out { get; set; } =
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };

    public static TextWriter Error { get; set; } =
        new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 1 << 12) { AutoFlush = true, NewLine = "\n" };
}
