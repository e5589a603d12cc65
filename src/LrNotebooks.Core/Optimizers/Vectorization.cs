using System.Numerics;
using System.Runtime.InteropServices;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// How an update splits a span into a SIMD prefix (whole <see cref="Vector{T}"/> blocks) and a scalar tail.
/// Every optimizer writes its formula twice, once per element type, in the same operation order, so the
/// two paths agree bit for bit (no fused multiply-add on either side).
/// </summary>
internal static class Vectorization
{
    /// <summary>Forces the scalar path on the current thread; tests use it to compare the two paths.</summary>
    [ThreadStatic]
    internal static bool ScalarOnly;

    /// <summary>The number of leading elements processed as whole vectors (0 when SIMD is off or forced off).</summary>
    internal static int VectorizedLength(int length) =>
        ScalarOnly || !Vector.IsHardwareAccelerated ? 0 : length - length % Vector<double>.Count;

    /// <summary>The first <paramref name="length"/> elements (a multiple of the vector width) as vectors.</summary>
    internal static Span<Vector<double>> AsVectors(Span<double> values, int length) =>
        MemoryMarshal.Cast<double, Vector<double>>(values[..length]);

    /// <inheritdoc cref="AsVectors(Span{double}, int)"/>
    internal static ReadOnlySpan<Vector<double>> AsVectors(ReadOnlySpan<double> values, int length) =>
        MemoryMarshal.Cast<double, Vector<double>>(values[..length]);
}
