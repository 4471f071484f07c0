using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The bookkeeping of one enum class, also visible from Python as the class attributes
/// <c>_member_names_</c>, <c>_member_map_</c> and <c>_value2member_map_</c> (the same objects).
/// </summary>
internal sealed class EnumInfo
{
    private static readonly ConditionalWeakTable<PyType, EnumInfo> Table = new();

    public PyList MemberNames { get; } = new(System.Array.Empty<PyObject>());
    public PyDict MemberMap { get; } = new();
    public PyDict Value2Member { get; } = new();

    /// <summary>object, int or str: what members are.</summary>
    public PyType MemberType { get; set; } = BuiltinTypes.Object;

    /// <summary>A <c>__new__</c> defined in Python for the members (saved as <c>__new_member__</c>).</summary>
    public PyObject? NewMember { get; set; }

    public bool IsFlag { get; set; }
    public string Boundary { get; set; } = "";
    public BigInteger FlagMask, SinglesMask, AllBits;

    public static EnumInfo? Of(PyType type) => Table.TryGetValue(type, out var i) ? i : null;

    public static EnumInfo Require(PyType type) =>
        Of(type) ?? throw Errors.TypeError($"{type.Name} is not an enum class");

    public static void Attach(PyType type, EnumInfo info) => Table.AddOrUpdate(type, info);

    public int Count => (int)MemberNames.Length();

    public PyObject[] Members()
    {
        var names = Ops.ToArray(MemberNames);
        var r = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++)
            r[i] = MemberMap.GetItem(names[i]);
        return r;
    }
}
