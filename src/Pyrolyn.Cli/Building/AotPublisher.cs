using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Threading.Tasks;

namespace Pyrolyn.Cli.Building;

/// <summary>
/// NativeAOT builds: writes the generated C# into a temporary project with <c>PublishAot=true</c>
/// that references the runtime, runs <c>dotnet publish</c> and copies the native binary out.
/// </summary>
public static class AotPublisher
{
    /// <summary>
    /// The largest gen0 allocation budget of compiled programs, in bytes (6 MB, what the GC uses
    /// with a background GC). Without a background GC the GC sizes gen0 from the L3 size, up to
    /// 200 MB, and virtual machines often report a huge L3: every allocation then touches fresh,
    /// cold memory (page faults and clearing dominated allocation-heavy scripts). It is also the
    /// smallest budget (GCgen0size): where the VM reports no cache sizes the GC starts from 256 KB
    /// and an int loop (convoy.py) ran 2,800 gen0 collections in 1.25 s, 17% of it in GC pauses (1,000
    /// and 7% with the 6 MB floor; PYROLYN_GIL_STATS=1 prints the counts).
    /// </summary>
    public const int Gen0MaxBudget = 6 * 1024 * 1024;

    /// <summary>Publishes <paramref name="translation"/> as a native binary in <paramref name="outputDirectory"/>;
    /// returns the binary's path, or throws with the publish log.</summary>
    public static string Publish(ProgramTranslation translation, string assemblyName, string outputDirectory,
        TextWriter log, string runtimeIdentifier = "linux-x64", bool keepTemp = false)
    {
        string work = Path.Combine(Path.GetTempPath(), "pyrolyn-aot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            foreach (var m in translation.Modules)
                File.WriteAllText(Path.Combine(work, m.GeneratedFileName), m.Result.GeneratedCode!, new UTF8Encoding(false));

            string runtimeDll = ProgramCompiler.RuntimeAssemblyPath;
            string csproj =
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup>\n" +
                "    <OutputType>Exe</OutputType>\n" +
                $"    <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>\n" +
                $"    <AssemblyName>{SecurityElement.Escape(assemblyName)}</AssemblyName>\n" +
                "    <RootNamespace>Pyrolyn.Scripts</RootNamespace>\n" +
                "    <Nullable>enable</Nullable>\n" +
                "    <LangVersion>latest</LangVersion>\n" +
                "    <ImplicitUsings>disable</ImplicitUsings>\n" +
                "    <PublishAot>true</PublishAot>\n" +
                "    <InvariantGlobalization>true</InvariantGlobalization>\n" +
                // Scripts are CPU-bound programs: favour speed over size, and skip the background
                // GC thread (a short-lived process gains nothing from concurrent collections).
                "    <OptimizationPreference>Speed</OptimizationPreference>\n" +
                "    <ConcurrentGarbageCollection>false</ConcurrentGarbageCollection>\n" +
                "    <TrimmerSingleWarn>false</TrimmerSingleWarn>\n" +
                "    <NoWarn>$(NoWarn);CS0162;CS0164;CS0168;CS0219;CS8321;CS1998;CS0649;CS0169;CS0414</NoWarn>\n" +
                "    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n" +
                "  </PropertyGroup>\n" +
                "  <ItemGroup>\n" +
                // NativeAOT reads GC settings from the options compiled into the binary (hex).
                $"    <IlcArg Include=\"--runtimeopt:GCGen0MaxBudget={Gen0MaxBudget:x}\" />\n" +
                $"    <IlcArg Include=\"--runtimeopt:GCgen0size={Gen0MaxBudget:x}\" />\n" +
                "    <Reference Include=\"Pyrolyn.Runtime\">\n" +
                $"      <HintPath>{SecurityElement.Escape(runtimeDll)}</HintPath>\n" +
                "    </Reference>\n" +
                "  </ItemGroup>\n" +
                "</Project>\n";
            File.WriteAllText(Path.Combine(work, assemblyName + ".csproj"), csproj);
            // Keep the temp project out of any enclosing repository's build customizations.
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(work, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(work, "Directory.Packages.props"), "<Project />\n");

            string publishDir = Path.Combine(work, "publish");
            var psi = new ProcessStartInfo(ProgramRunner.DotnetHost())
            {
                WorkingDirectory = work,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string a in new[] { "publish", assemblyName + ".csproj", "-r", runtimeIdentifier, "-c", "Release", "-o", publishDir, "-nologo" })
                psi.ArgumentList.Add(a);
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            log.WriteLine($"pyrolyn: dotnet publish -r {runtimeIdentifier} -c Release (NativeAOT) in {work}");
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet publish");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            string output = stdout.Result + stderr.Result;
            if (process.ExitCode != 0)
            {
                string errors = string.Join("\n", output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(40));
                throw new UsageException($"dotnet publish failed (exit {process.ExitCode}):\n{(errors.Length > 0 ? errors : output)}");
            }
            foreach (string line in output.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)))
                log.WriteLine(line.TrimEnd());

            string binaryName = OperatingSystem.IsWindows() ? assemblyName + ".exe" : assemblyName;
            string binary = Path.Combine(publishDir, binaryName);
            if (!File.Exists(binary))
                throw new UsageException($"dotnet publish succeeded but wrote no {binaryName} in {publishDir}");
            Directory.CreateDirectory(outputDirectory);
            string target = Path.Combine(outputDirectory, binaryName);
            File.Copy(binary, target, overwrite: true);
            return target;
        }
        finally
        {
            if (!keepTemp)
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
