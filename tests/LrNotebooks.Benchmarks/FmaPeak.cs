using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// The fused multiply-add throughput one core actually delivers right now: 12 independent chains of
/// <c>c = c * m + a</c> (enough to cover the FMA latency on both FMA pipes), timed for a fixed number of
/// iterations. Measured inside the side-by-side rounds, it is the peak the trainer's GFLOP/s are divided by, at the
/// clock and load of that same round.
/// </summary>
internal static class FmaPeak
{
    /// <summary>Iterations per call: 12 x 4 x 2 x 200,000 = 19.2 MFLOP with 256-bit vectors, about a training pass.</summary>
    public const int Iterations = 200_000;

    /// <summary>Floating-point operations of one <see cref="Run256"/> call (a fused multiply-add counts 2).</summary>
    public const double Flops256 = 12.0 * 4 * 2 * Iterations;

    /// <summary>Floating-point operations of one <see cref="Run512"/> call.</summary>
    public const double Flops512 = 12.0 * 8 * 2 * Iterations;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double Run256()
    {
        var m = Vector256.Create(0.999999);
        var a = Vector256.Create(1e-9);
        Vector256<double> c0 = Vector256<double>.One, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
        Vector256<double> c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (int i = 0; i < Iterations; i++)
        {
            c0 = Vector256.FusedMultiplyAdd(c0, m, a); c1 = Vector256.FusedMultiplyAdd(c1, m, a);
            c2 = Vector256.FusedMultiplyAdd(c2, m, a); c3 = Vector256.FusedMultiplyAdd(c3, m, a);
            c4 = Vector256.FusedMultiplyAdd(c4, m, a); c5 = Vector256.FusedMultiplyAdd(c5, m, a);
            c6 = Vector256.FusedMultiplyAdd(c6, m, a); c7 = Vector256.FusedMultiplyAdd(c7, m, a);
            c8 = Vector256.FusedMultiplyAdd(c8, m, a); c9 = Vector256.FusedMultiplyAdd(c9, m, a);
            c10 = Vector256.FusedMultiplyAdd(c10, m, a); c11 = Vector256.FusedMultiplyAdd(c11, m, a);
        }
        return Vector256.Sum(((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11)));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double Run512()
    {
        var m = Vector512.Create(0.999999);
        var a = Vector512.Create(1e-9);
        Vector512<double> c0 = Vector512<double>.One, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
        Vector512<double> c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (int i = 0; i < Iterations; i++)
        {
            c0 = Vector512.FusedMultiplyAdd(c0, m, a); c1 = Vector512.FusedMultiplyAdd(c1, m, a);
            c2 = Vector512.FusedMultiplyAdd(c2, m, a); c3 = Vector512.FusedMultiplyAdd(c3, m, a);
            c4 = Vector512.FusedMultiplyAdd(c4, m, a); c5 = Vector512.FusedMultiplyAdd(c5, m, a);
            c6 = Vector512.FusedMultiplyAdd(c6, m, a); c7 = Vector512.FusedMultiplyAdd(c7, m, a);
            c8 = Vector512.FusedMultiplyAdd(c8, m, a); c9 = Vector512.FusedMultiplyAdd(c9, m, a);
            c10 = Vector512.FusedMultiplyAdd(c10, m, a); c11 = Vector512.FusedMultiplyAdd(c11, m, a);
        }
        return Vector512.Sum(((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11)));
    }
}
