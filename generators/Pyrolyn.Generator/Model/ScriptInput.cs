namespace Pyrolyn.Generator.Model;

/// <summary>
/// Everything needed to compile one script, as plain values. Records compare by value, so when a
/// script's text and the project options are unchanged this model is equal to the last run's and
/// the compile step that follows is served from the cache.
/// </summary>
internal sealed record ScriptInput(
    string FilePath,
    string RelativePath,
    string ModuleName,
    string HintName,
    string Text,
    bool IsEntryPoint,
    bool Gil,
    bool Safepoints,
    EquatableArray<string> ProjectModules);
