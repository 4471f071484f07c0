using System.Collections.Generic;
using System.Linq;

namespace Pyrolyn.Runtime;

/// <summary>The C3 linearization CPython uses for <c>__mro__</c>.</summary>
internal static class MethodResolutionOrder
{
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        var result = new List<PyType> { type };
        var sequences = bases.Select(b => new List<PyType>(b.Mro)).ToList();
        sequences.Add(new List<PyType>(bases));
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0)
                return result.ToArray();
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                if (!sequences.Any(s => s.IndexOf(head) > 0))
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate is null)
            {
                string names = string.Join(", ", bases.Select(b => b.Name));
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var seq in sequences)
                if (ReferenceEquals(seq[0], candidate))
                    seq.RemoveAt(0);
        }
    }
}
