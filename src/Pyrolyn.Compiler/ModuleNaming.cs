using System;
using System.Text;

namespace Pyrolyn.Compiler;

/// <summary>
/// How script paths, Python module names and generated C# class names relate. The generator,
/// the CLI and the emitter all use this, so a module is always found under the same name.
/// </summary>
public static class ModuleNaming
{
    /// <summary>The namespace of every generated module class.</summary>
    public const string Namespace = "Pyrolyn.Scripts";

    /// <summary><c>pkg/mod.py</c> → <c>pkg.mod</c>; <c>pkg/__init__.py</c> → <c>pkg</c>.</summary>
    public static string FromRelativePath(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
            path = path.Substring(2);
        if (path.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            path = path.Substring(0, path.Length - 3);
        if (path == "__init__")
            return "__init__";
        if (path.EndsWith("/__init__", StringComparison.Ordinal))
            path = path.Substring(0, path.Length - "/__init__".Length);
        return path.Replace('/', '.');
    }

    /// <summary><c>pkg.my_mod</c> → <c>Pkg_MyModModule</c>: a valid, stable C# identifier.</summary>
    public static string ClassName(string moduleName)
    {
        var sb = new StringBuilder();
        foreach (string part in moduleName.Split('.'))
        {
            if (sb.Length > 0)
                sb.Append('_');
            bool upper = true;
            foreach (char c in part)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }
                char ch = char.IsLetterOrDigit(c) && c < 128 ? c : 'x';
                sb.Append(upper ? char.ToUpperInvariant(ch) : ch);
                upper = false;
            }
        }
        if (sb.Length == 0 || char.IsDigit(sb[0]))
            sb.Insert(0, '_');
        sb.Append("Module");
        return sb.ToString();
    }

    /// <summary>The generated file's hint name: the relative path, made safe and unique.</summary>
    public static string HintName(string relativePath)
    {
        var sb = new StringBuilder();
        foreach (char c in relativePath.Replace('\\', '/'))
            sb.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : c == '/' ? '.' : '_');
        return sb + ".g.cs";
    }
}
