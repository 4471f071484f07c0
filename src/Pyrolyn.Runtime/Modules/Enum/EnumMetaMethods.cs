using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The methods of the <c>EnumType</c> metaclass: what enum classes do as objects.</summary>
internal static class EnumMetaMethods
{
    public static void Install(PyType meta)
    {
        var d = meta.Dict;
        void W(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PySlotWrapper(meta, name, f);
        static PyType Cls(PyObject[] a) => a.Length > 0 && a[0] is PyType t ? t : throw Errors.TypeError("descriptor requires an enum class");

        d["__new__"] = new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType metacls)
                throw Errors.TypeError("EnumType.__new__(X): X is not a type object");
            return EnumClassFactory.Create(metacls, a.AsSpan(1).ToArray(), k);
        }, "enum");
        W("__call__", (a, k) =>
        {
            var cls = Cls(a);
            int npos = a.Length - (k?.Length ?? 0);
            PyObject? value = npos > 1 ? a[1] : null, names = npos > 2 ? a[2] : null;
            if (npos > 3)
                throw Errors.TypeError($"EnumType.__call__() takes from 2 to 3 positional arguments but {npos} were given");
            PyObject? module = null, qualname = null, type = null, start = null, boundary = null;
            if (k is not null)
            {
                for (int i = 0; i < k.Length; i++)
                {
                    var v = a[npos + i];
                    switch (k[i])
                    {
                        case "value": value = v; break;
                        case "names": names = v; break;
                        case "module": module = v; break;
                        case "qualname": qualname = v; break;
                        case "type": type = v; break;
                        case "start": start = v; break;
                        case "boundary": boundary = v; break;
                        default: throw Errors.TypeError($"EnumType.__call__() got an unexpected keyword argument '{k[i]}'");
                    }
                }
            }
            if (value is null)
                throw Errors.TypeError("EnumType.__call__() missing 1 required positional argument: 'value'");
            if (names is null or PyNone)
                return EnumTypes.Lookup(cls, value);
            return EnumTypes.CreateFunctional(cls, value, names, module, qualname, type, start, boundary);
        });
        W("__getitem__", (a, k) => EnumInfo.Require(Cls(a)).MemberMap.GetItem(a[1]));
        W("__iter__", (a, k) => Ops.GetIter(new PyList(EnumInfo.Require(Cls(a)).Members())));
        W("__reversed__", (a, k) =>
        {
            var members = EnumInfo.Require(Cls(a)).Members();
            Array.Reverse(members);
            return Ops.GetIter(new PyList(members));
        });
        W("__len__", (a, k) => PyInt.From(EnumInfo.Require(Cls(a)).Count));
        W("__bool__", (a, k) => PyBool.True);
        W("__contains__", (a, k) =>
        {
            var cls = Cls(a);
            var m = a[1];
            if (!m.Type.IsSubtypeOf(EnumTypes.EnumType))
                throw Errors.TypeError($"unsupported operand type(s) for 'in': '{m.Type.QualName}' and '{cls.Type.QualName}'");
            return PyBool.From(m.Type.IsSubtypeOf(cls) && EnumMember.Name(m) is PyStr n
                && EnumInfo.Require(cls).MemberMap.TryGetValue(n, out _));
        });
        W("__repr__", (a, k) =>
        {
            var cls = Cls(a);
            bool flag = EnumTypes.FlagType is { } f && cls.IsSubtypeOf(f);
            return new PyStr(flag ? $"<flag '{cls.Name}'>" : $"<enum '{cls.Name}'>");
        });
        W("__getattr__", (a, k) =>
        {
            var cls = Cls(a);
            var name = ArgCheck.ToStr(a[1], "attribute name");
            if (!EnumClassFactory.IsDunder(name) && EnumInfo.Of(cls) is { } info && info.MemberMap.TryGetValue(name, out var m))
                return m;
            throw Errors.AttributeError(name);
        });
        W("__setattr__", (a, k) =>
        {
            var cls = Cls(a);
            var name = ArgCheck.ToStr(a[1], "attribute name");
            if (cls.Dict.TryGetValue("_member_map_", out var mm) && mm is PyDict map && map.TryGetValue(name, out _))
                throw Errors.AttributeError($"cannot reassign member '{name}'");
            cls.SetAttrDirect(name, a[2]);
            return PyNone.Instance;
        });
        W("__delattr__", (a, k) =>
        {
            var cls = Cls(a);
            var name = ArgCheck.ToStr(a[1], "attribute name");
            if (EnumInfo.Of(cls) is { } info && info.MemberMap.TryGetValue(name, out _))
                throw Errors.AttributeError($"'{cls.Name}' cannot delete member '{name}'.");
            cls.DelAttrDirect(name);
            return PyNone.Instance;
        });
        d["__members__"] = new PyProperty(new PyBuiltinFunction("__members__", (a, k) =>
            new PyMappingProxy(EnumInfo.Require(Cls(a)).MemberMap), "enum"), null, null, null) { Name = "__members__" };
    }
}
