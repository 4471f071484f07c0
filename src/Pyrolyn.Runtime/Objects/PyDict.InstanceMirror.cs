namespace Pyrolyn.Runtime;

/// <summary>A dict serving as an instance's <c>__dict__</c> reports its changes to the instance's
/// attribute table (see <see cref="PyInstance.DictObject"/>).</summary>
public partial class PyDict
{
    /// <summary>The instance whose <c>__dict__</c> this is, or null for ordinary dicts.</summary>
    internal PyInstance? MirrorOf;
}
