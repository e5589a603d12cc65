using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LrNotebooks.Training;

/// <summary>
/// The dense kernels of the trainer, over flat row-major arrays, vectorised with <see cref="Vector256{T}"/>.
/// </summary>
/// <remarks>
/// Reproducibility: the vector width is fixed at 4 doubles (not <c>Vector&lt;T&gt;.Count</c>, which differs
/// between machines), every multiply-add is fused (<see cref="Vector256.FusedMultiplyAdd(Vector256{double}, Vector256{double}, Vector256{double})"/>
/// and <see cref="Math.FusedMultiplyAdd"/>, one rounding by contract, emulated exactly where the CPU has no FMA),
/// and every reduction has a fixed order. So the same inputs give the same bits on every machine.
/// </remarks>
internal static class Kernels
{
    private const int Lanes = 4;

    /// <summary>
    /// A fully connected layer: <c>output[r, j] = bias[j] + sum_k input[r, k] * weights[j, k]</c> for
    /// <paramref name="rows"/> rows, with weights stored [outputs x inputs] (PyTorch <c>nn.Linear.weight</c>).
    /// </summary>
    public static void Linear(ReadOnlySpan<double> input, int rows, int inputs, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output)
    {
        int outputs = bias.Length;
        ref double x0 = ref MemoryMarshal.GetReference(input);
        ref double w = ref MemoryMarshal.GetReference(weights);
        ref double y0 = ref MemoryMarshal.GetReference(output);
        for (int r = 0; r < rows; r++)
        {
            ref double x = ref Unsafe.Add(ref x0, r * inputs);
            ref double y = ref Unsafe.Add(ref y0, r * outputs);
            int j = 0;
            for (; j + 4 <= outputs; j += 4)
            {
                Dot4(ref x, ref Unsafe.Add(ref w, j * inputs), inputs, out double s0, out double s1, out double s2, out double s3);
                Unsafe.Add(ref y, j) = bias[j] + s0;
                Unsafe.Add(ref y, j + 1) = bias[j + 1] + s1;
                Unsafe.Add(ref y, j + 2) = bias[j + 2] + s2;
                Unsafe.Add(ref y, j + 3) = bias[j + 3] + s3;
            }
            for (; j < outputs; j++)
                Unsafe.Add(ref y, j) = bias[j] + Dot(ref x, ref Unsafe.Add(ref w, j * inputs), inputs);
        }
    }

    /// <summary>
    /// <c>destination[k] = sum_t coefficients[t * stride] * rows[t, k]</c> for t &lt; <paramref name="rowCount"/>
    /// and k &lt; <paramref name="width"/>, summed in order of t. It is both halves of back-propagation through
    /// a layer: the weight gradient row j (coefficients = column j of the output delta, rows = the layer
    /// input) and the input delta of row r (coefficients = row r of the output delta, rows = the weights).
    /// </summary>
    public static void CombineRows(ReadOnlySpan<double> coefficients, int stride, ReadOnlySpan<double> rows, int rowCount, int width, Span<double> destination)
    {
        ref double c = ref MemoryMarshal.GetReference(coefficients);
        ref double m = ref MemoryMarshal.GetReference(rows);
        ref double d = ref MemoryMarshal.GetReference(destination);
        int k = 0;
        for (; k + 4 * Lanes <= width; k += 4 * Lanes)
        {
            Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
            for (int t = 0; t < rowCount; t++)
            {
                var ct = Vector256.Create(Unsafe.Add(ref c, t * stride));
                ref double row = ref Unsafe.Add(ref m, t * width + k);
                a0 = Vector256.FusedMultiplyAdd(ct, Vector256.LoadUnsafe(ref row), a0);
                a1 = Vector256.FusedMultiplyAdd(ct, Vector256.LoadUnsafe(ref row, Lanes), a1);
                a2 = Vector256.FusedMultiplyAdd(ct, Vector256.LoadUnsafe(ref row, 2 * Lanes), a2);
                a3 = Vector256.FusedMultiplyAdd(ct, Vector256.LoadUnsafe(ref row, 3 * Lanes), a3);
            }
            a0.StoreUnsafe(ref d, (nuint)k);
            a1.StoreUnsafe(ref d, (nuint)(k + Lanes));
            a2.StoreUnsafe(ref d, (nuint)(k + 2 * Lanes));
            a3.StoreUnsafe(ref d, (nuint)(k + 3 * Lanes));
        }
        for (; k + Lanes <= width; k += Lanes)
        {
            var a = Vector256<double>.Zero;
            for (int t = 0; t < rowCount; t++)
                a = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref c, t * stride)), Vector256.LoadUnsafe(ref m, (nuint)(t * width + k)), a);
            a.StoreUnsafe(ref d, (nuint)k);
        }
        for (; k < width; k++)
        {
            double s = 0;
            for (int t = 0; t < rowCount; t++) s = Math.FusedMultiplyAdd(Unsafe.Add(ref c, t * stride), Unsafe.Add(ref m, t * width + k), s);
            Unsafe.Add(ref d, k) = s;
        }
    }

    /// <summary><c>destination[j] = sum_t values[t, j]</c> over <paramref name="rowCount"/> rows (the bias gradient).</summary>
    public static void SumRows(ReadOnlySpan<double> values, int rowCount, Span<double> destination)
    {
        int width = destination.Length;
        values[..width].CopyTo(destination);
        for (int t = 1; t < rowCount; t++)
            Add(values.Slice(t * width, width), destination);
    }

    /// <summary>ReLU in place: <c>v = v &gt; 0 ? v : 0</c>.</summary>
    public static void Relu(Span<double> values)
    {
        ref double v = ref MemoryMarshal.GetReference(values);
        int i = 0;
        for (; i + Lanes <= values.Length; i += Lanes)
        {
            var x = Vector256.LoadUnsafe(ref v, (nuint)i);
            Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<double>.Zero), x, Vector256<double>.Zero).StoreUnsafe(ref v, (nuint)i);
        }
        for (; i < values.Length; i++) if (!(Unsafe.Add(ref v, i) > 0)) Unsafe.Add(ref v, i) = 0;
    }

    /// <summary>The ReLU derivative applied to a delta: <c>delta = activation &gt; 0 ? delta : 0</c> (PyTorch: relu'(0) = 0).</summary>
    public static void ReluBackward(ReadOnlySpan<double> activations, Span<double> delta)
    {
        ref double a = ref MemoryMarshal.GetReference(activations);
        ref double d = ref MemoryMarshal.GetReference(delta);
        int i = 0;
        for (; i + Lanes <= delta.Length; i += Lanes)
        {
            var mask = Vector256.GreaterThan(Vector256.LoadUnsafe(ref a, (nuint)i), Vector256<double>.Zero);
            Vector256.ConditionalSelect(mask, Vector256.LoadUnsafe(ref d, (nuint)i), Vector256<double>.Zero).StoreUnsafe(ref d, (nuint)i);
        }
        for (; i < delta.Length; i++) if (!(Unsafe.Add(ref a, i) > 0)) Unsafe.Add(ref d, i) = 0;
    }

    /// <summary>Whether every value is finite.</summary>
    public static bool AllFinite(ReadOnlySpan<double> values)
    {
        // x - x is 0 for finite x and NaN for +-inf and NaN, so one NaN check covers all.
        ref double v = ref MemoryMarshal.GetReference(values);
        // Four accumulators: one would chain every add behind the previous one's latency (checked every mini-batch).
        Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
        int i = 0;
        for (; i + 4 * Lanes <= values.Length; i += 4 * Lanes)
        {
            var x0 = Vector256.LoadUnsafe(ref v, (nuint)i);
            var x1 = Vector256.LoadUnsafe(ref v, (nuint)(i + Lanes));
            var x2 = Vector256.LoadUnsafe(ref v, (nuint)(i + 2 * Lanes));
            var x3 = Vector256.LoadUnsafe(ref v, (nuint)(i + 3 * Lanes));
            a0 += x0 - x0;
            a1 += x1 - x1;
            a2 += x2 - x2;
            a3 += x3 - x3;
        }
        for (; i + Lanes <= values.Length; i += Lanes)
        {
            var x = Vector256.LoadUnsafe(ref v, (nuint)i);
            a0 += x - x;
        }
        var acc = (a0 + a1) + (a2 + a3);
        double s = acc.GetElement(0) + acc.GetElement(1) + acc.GetElement(2) + acc.GetElement(3);
        for (; i < values.Length; i++) s += Unsafe.Add(ref v, i) - Unsafe.Add(ref v, i);
        return s == 0;
    }

    private static void Add(ReadOnlySpan<double> source, Span<double> destination)
    {
        ref double s = ref MemoryMarshal.GetReference(source);
        ref double d = ref MemoryMarshal.GetReference(destination);
        int i = 0;
        for (; i + Lanes <= destination.Length; i += Lanes)
            (Vector256.LoadUnsafe(ref d, (nuint)i) + Vector256.LoadUnsafe(ref s, (nuint)i)).StoreUnsafe(ref d, (nuint)i);
        for (; i < destination.Length; i++) Unsafe.Add(ref d, i) += Unsafe.Add(ref s, i);
    }

    private static double Dot(ref double x, ref double w, int length)
    {
        var acc = Vector256<double>.Zero;
        int k = 0;
        for (; k + Lanes <= length; k += Lanes)
            acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x, (nuint)k), Vector256.LoadUnsafe(ref w, (nuint)k), acc);
        double s = HorizontalSum(acc);
        for (; k < length; k++) s = Math.FusedMultiplyAdd(Unsafe.Add(ref x, k), Unsafe.Add(ref w, k), s);
        return s;
    }

    private static void Dot4(ref double x, ref double w, int length, out double s0, out double s1, out double s2, out double s3)
    {
        ref double w0 = ref w;
        ref double w1 = ref Unsafe.Add(ref w, length);
        ref double w2 = ref Unsafe.Add(ref w, 2 * length);
        ref double w3 = ref Unsafe.Add(ref w, 3 * length);
        Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
        int k = 0;
        for (; k + Lanes <= length; k += Lanes)
        {
            var xv = Vector256.LoadUnsafe(ref x, (nuint)k);
            a0 = Vector256.FusedMultiplyAdd(xv, Vector256.LoadUnsafe(ref w0, (nuint)k), a0);
            a1 = Vector256.FusedMultiplyAdd(xv, Vector256.LoadUnsafe(ref w1, (nuint)k), a1);
            a2 = Vector256.FusedMultiplyAdd(xv, Vector256.LoadUnsafe(ref w2, (nuint)k), a2);
            a3 = Vector256.FusedMultiplyAdd(xv, Vector256.LoadUnsafe(ref w3, (nuint)k), a3);
        }
        s0 = HorizontalSum(a0);
        s1 = HorizontalSum(a1);
        s2 = HorizontalSum(a2);
        s3 = HorizontalSum(a3);
        for (; k < length; k++)
        {
            double xk = Unsafe.Add(ref x, k);
            s0 = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w0, k), s0);
            s1 = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w1, k), s1);
            s2 = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w2, k), s2);
            s3 = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w3, k), s3);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double HorizontalSum(Vector256<double> v) => (v.GetElement(0) + v.GetElement(2)) + (v.GetElement(1) + v.GetElement(3));
}
