using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LrNotebooks.Training;

/// <summary>
/// Register-tiled versions of the layer kernels in <see cref="Kernels"/>: each loads an input vector once and
/// uses it for several outputs, and keeps 8 to 16 independent accumulators in flight so the fused multiply-adds
/// are limited by throughput rather than latency.
/// </summary>
/// <remarks>
/// Every output element is computed with exactly the operations, in exactly the order, of the corresponding
/// <see cref="Kernels"/> routine, so the results are bit-identical to them (and to each other on every machine):
/// tiling only changes which elements are computed side by side, never the order of a sum. Forward sums keep
/// <see cref="Kernels.Linear"/>'s four partial sums over k mod 4, reduced as <c>(s0 + s2) + (s1 + s3)</c>;
/// back-propagated sums run over the mini-batch rows or the layer outputs in increasing order, one fused
/// multiply-add per term, starting from zero.
/// <para>Machine independence: a fused multiply-add is one correctly rounded operation by contract, executed by
/// the FMA unit or emulated exactly where there is none, so whether the CPU has FMA does not change a bit. The
/// back-propagation kernels use 512-bit vectors where the CPU has them; their sums are per element, so the vector
/// width only decides how many elements advance together. The forward sums fix their four partial sums in the
/// algorithm, not in the vector width. The golden-hash tests run the same on AVX-512, AVX2, and with hardware
/// intrinsics switched off (<c>DOTNET_EnableAVX512F=0</c>, <c>DOTNET_EnableAVX=0</c>, <c>DOTNET_EnableHWIntrinsic=0</c>).</para>
/// </remarks>
internal static class TiledKernels
{
    private const int Lanes = 4;

    /// <summary>
    /// <see cref="Kernels.Linear"/> followed, when <paramref name="relu"/>, by <see cref="Kernels.Relu"/>:
    /// <c>output[r, j] = bias[j] + sum_k input[r, k] * weights[j, k]</c>, then <c>max(0, .)</c> (NaN to 0).
    /// </summary>
    public static void Linear(ReadOnlySpan<double> input, int rows, int inputs, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output, bool relu)
    {
        int outputs = bias.Length;
        int body = inputs & ~(Lanes - 1);
        ref double x0 = ref MemoryMarshal.GetReference(input);
        ref double w0 = ref MemoryMarshal.GetReference(weights);
        ref double y0 = ref MemoryMarshal.GetReference(output);
        int r = 0;
        for (; r + 4 <= rows; r += 4)
        {
            ref double x = ref Unsafe.Add(ref x0, r * inputs);
            ref double y = ref Unsafe.Add(ref y0, r * outputs);
            int j = 0;
            for (; j + 4 <= outputs; j += 4)
                Forward4x4(ref x, inputs, body, ref Unsafe.Add(ref w0, j * inputs), ref Unsafe.Add(ref y, j), outputs);
            for (; j + 2 <= outputs; j += 2)
                Forward4x2(ref x, inputs, body, ref Unsafe.Add(ref w0, j * inputs), ref Unsafe.Add(ref y, j), outputs);
            for (; j < outputs; j++)
                for (int i = 0; i < 4; i++)
                    Unsafe.Add(ref y, i * outputs + j) = Dot(ref Unsafe.Add(ref x, i * inputs), ref Unsafe.Add(ref w0, j * inputs), inputs, body);
            // Bias and ReLU last, elementwise: bias[j] + s exactly as Kernels.Linear adds it.
            for (int i = 0; i < 4; i++)
                AddBias(bias, output.Slice((r + i) * outputs, outputs), relu);
        }
        if (r < rows)
        {
            var rest = output.Slice(r * outputs, (rows - r) * outputs);
            Kernels.Linear(input.Slice(r * inputs, (rows - r) * inputs), rows - r, inputs, weights, bias, rest);
            if (relu) Kernels.Relu(rest);
        }
    }

    /// <summary>
    /// The weight gradient of a layer, <c>gradient[j, k] = sum_t delta[t, j] * input[t, k]</c> over the
    /// <paramref name="rows"/> rows t in order (as <see cref="Kernels.CombineRows"/> with coefficients = column j
    /// of the delta).
    /// </summary>
    public static void WeightGradient(ReadOnlySpan<double> delta, int rows, int outputs, ReadOnlySpan<double> input, int inputs, Span<double> gradient)
    {
        ref double d0 = ref MemoryMarshal.GetReference(delta);
        ref double x0 = ref MemoryMarshal.GetReference(input);
        ref double g0 = ref MemoryMarshal.GetReference(gradient);
        int j = 0;
        for (; j + 4 <= outputs; j += 4)
        {
            ref double g = ref Unsafe.Add(ref g0, j * inputs);
            ref double d = ref Unsafe.Add(ref d0, j);
            int k = 0;
            if (Vector512.IsHardwareAccelerated)
                for (; k + 8 * Lanes <= inputs; k += 8 * Lanes)
                    Gradient4x32(ref d, outputs, ref Unsafe.Add(ref x0, k), inputs, rows, ref Unsafe.Add(ref g, k));
            for (; k + 4 * Lanes <= inputs; k += 4 * Lanes)
                Gradient4x16(ref d, outputs, ref Unsafe.Add(ref x0, k), inputs, rows, ref Unsafe.Add(ref g, k));
            for (; k + Lanes <= inputs; k += Lanes)
                Gradient4x4(ref d, outputs, ref Unsafe.Add(ref x0, k), inputs, rows, ref Unsafe.Add(ref g, k));
            for (; k < inputs; k++)
                for (int i = 0; i < 4; i++)
                    Unsafe.Add(ref g, i * inputs + k) = ScalarSum(ref Unsafe.Add(ref d, i), outputs, ref Unsafe.Add(ref x0, k), inputs, rows);
        }
        for (; j < outputs; j++)
            Kernels.CombineRows(delta[j..], outputs, input, rows, inputs, gradient.Slice(j * inputs, inputs));
    }

    /// <summary>
    /// The delta of a hidden layer's output, <c>previous[r, k] = activation[r, k] &gt; 0 ? sum_j delta[r, j] * weights[j, k] : 0</c>,
    /// the sum over j in order (as <see cref="Kernels.CombineRows"/> then <see cref="Kernels.ReluBackward"/>).
    /// </summary>
    public static void InputDelta(ReadOnlySpan<double> delta, int rows, int outputs, ReadOnlySpan<double> weights, int inputs,
        ReadOnlySpan<double> activations, Span<double> previous)
    {
        ref double d0 = ref MemoryMarshal.GetReference(delta);
        ref double w0 = ref MemoryMarshal.GetReference(weights);
        ref double a0 = ref MemoryMarshal.GetReference(activations);
        ref double p0 = ref MemoryMarshal.GetReference(previous);
        int r = 0;
        for (; r + 4 <= rows; r += 4)
        {
            ref double d = ref Unsafe.Add(ref d0, r * outputs);
            int k = 0;
            if (Vector512.IsHardwareAccelerated)
                for (; k + 8 * Lanes <= inputs; k += 8 * Lanes)
                    Delta4x32(ref d, outputs, ref Unsafe.Add(ref w0, k), inputs, ref Unsafe.Add(ref a0, r * inputs + k), ref Unsafe.Add(ref p0, r * inputs + k));
            for (; k + 4 * Lanes <= inputs; k += 4 * Lanes)
                Delta4x16(ref d, outputs, ref Unsafe.Add(ref w0, k), inputs, ref Unsafe.Add(ref a0, r * inputs + k), ref Unsafe.Add(ref p0, r * inputs + k));
            for (; k < inputs; k++)
                for (int i = 0; i < 4; i++)
                {
                    double s = ScalarSum(ref Unsafe.Add(ref d, i * outputs), 1, ref Unsafe.Add(ref w0, k), inputs, outputs);
                    Unsafe.Add(ref p0, (r + i) * inputs + k) = Unsafe.Add(ref a0, (r + i) * inputs + k) > 0 ? s : 0;
                }
        }
        for (; r < rows; r++)
        {
            var row = previous.Slice(r * inputs, inputs);
            Kernels.CombineRows(delta.Slice(r * outputs, outputs), 1, weights, outputs, inputs, row);
            Kernels.ReluBackward(activations.Slice(r * inputs, inputs), row);
        }
    }

    /// <summary>4 rows x 4 outputs, each a dot product over <paramref name="inputs"/> in Kernels.Linear's order (without the bias).</summary>
    private static void Forward4x4(ref double x, int inputs, int body, ref double w, ref double y, int outputs)
    {
        ref double x1 = ref Unsafe.Add(ref x, inputs);
        ref double x2 = ref Unsafe.Add(ref x, 2 * inputs);
        ref double x3 = ref Unsafe.Add(ref x, 3 * inputs);
        ref double w1 = ref Unsafe.Add(ref w, inputs);
        ref double w2 = ref Unsafe.Add(ref w, 2 * inputs);
        ref double w3 = ref Unsafe.Add(ref w, 3 * inputs);
        Vector256<double> a00 = Vector256<double>.Zero, a01 = a00, a02 = a00, a03 = a00;
        Vector256<double> a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        Vector256<double> a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        Vector256<double> a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        for (int k = 0; k < body; k += Lanes)
        {
            var u0 = Vector256.LoadUnsafe(ref x, (nuint)k);
            var u1 = Vector256.LoadUnsafe(ref x1, (nuint)k);
            var u2 = Vector256.LoadUnsafe(ref x2, (nuint)k);
            var u3 = Vector256.LoadUnsafe(ref x3, (nuint)k);
            var v = Vector256.LoadUnsafe(ref w, (nuint)k);
            a00 = Vector256.FusedMultiplyAdd(u0, v, a00);
            a10 = Vector256.FusedMultiplyAdd(u1, v, a10);
            a20 = Vector256.FusedMultiplyAdd(u2, v, a20);
            a30 = Vector256.FusedMultiplyAdd(u3, v, a30);
            v = Vector256.LoadUnsafe(ref w1, (nuint)k);
            a01 = Vector256.FusedMultiplyAdd(u0, v, a01);
            a11 = Vector256.FusedMultiplyAdd(u1, v, a11);
            a21 = Vector256.FusedMultiplyAdd(u2, v, a21);
            a31 = Vector256.FusedMultiplyAdd(u3, v, a31);
            v = Vector256.LoadUnsafe(ref w2, (nuint)k);
            a02 = Vector256.FusedMultiplyAdd(u0, v, a02);
            a12 = Vector256.FusedMultiplyAdd(u1, v, a12);
            a22 = Vector256.FusedMultiplyAdd(u2, v, a22);
            a32 = Vector256.FusedMultiplyAdd(u3, v, a32);
            v = Vector256.LoadUnsafe(ref w3, (nuint)k);
            a03 = Vector256.FusedMultiplyAdd(u0, v, a03);
            a13 = Vector256.FusedMultiplyAdd(u1, v, a13);
            a23 = Vector256.FusedMultiplyAdd(u2, v, a23);
            a33 = Vector256.FusedMultiplyAdd(u3, v, a33);
        }
        StoreSums(Reduce(a00, a01, a02, a03), ref x, ref w, inputs, body, ref y);
        StoreSums(Reduce(a10, a11, a12, a13), ref x1, ref w, inputs, body, ref Unsafe.Add(ref y, outputs));
        StoreSums(Reduce(a20, a21, a22, a23), ref x2, ref w, inputs, body, ref Unsafe.Add(ref y, 2 * outputs));
        StoreSums(Reduce(a30, a31, a32, a33), ref x3, ref w, inputs, body, ref Unsafe.Add(ref y, 3 * outputs));
    }

    /// <summary>4 rows x 2 outputs, as <see cref="Forward4x4"/>.</summary>
    private static void Forward4x2(ref double x, int inputs, int body, ref double w, ref double y, int outputs)
    {
        ref double x1 = ref Unsafe.Add(ref x, inputs);
        ref double x2 = ref Unsafe.Add(ref x, 2 * inputs);
        ref double x3 = ref Unsafe.Add(ref x, 3 * inputs);
        ref double w1 = ref Unsafe.Add(ref w, inputs);
        Vector256<double> a00 = Vector256<double>.Zero, a01 = a00, a10 = a00, a11 = a00;
        Vector256<double> a20 = a00, a21 = a00, a30 = a00, a31 = a00;
        for (int k = 0; k < body; k += Lanes)
        {
            var u0 = Vector256.LoadUnsafe(ref x, (nuint)k);
            var u1 = Vector256.LoadUnsafe(ref x1, (nuint)k);
            var u2 = Vector256.LoadUnsafe(ref x2, (nuint)k);
            var u3 = Vector256.LoadUnsafe(ref x3, (nuint)k);
            var v = Vector256.LoadUnsafe(ref w, (nuint)k);
            var v1 = Vector256.LoadUnsafe(ref w1, (nuint)k);
            a00 = Vector256.FusedMultiplyAdd(u0, v, a00);
            a10 = Vector256.FusedMultiplyAdd(u1, v, a10);
            a20 = Vector256.FusedMultiplyAdd(u2, v, a20);
            a30 = Vector256.FusedMultiplyAdd(u3, v, a30);
            a01 = Vector256.FusedMultiplyAdd(u0, v1, a01);
            a11 = Vector256.FusedMultiplyAdd(u1, v1, a11);
            a21 = Vector256.FusedMultiplyAdd(u2, v1, a21);
            a31 = Vector256.FusedMultiplyAdd(u3, v1, a31);
        }
        var s01 = Reduce(a00, a01, a10, a11);
        var s23 = Reduce(a20, a21, a30, a31);
        Store2(s01.GetLower(), ref x, ref w, inputs, body, ref y);
        Store2(s01.GetUpper(), ref x1, ref w, inputs, body, ref Unsafe.Add(ref y, outputs));
        Store2(s23.GetLower(), ref x2, ref w, inputs, body, ref Unsafe.Add(ref y, 2 * outputs));
        Store2(s23.GetUpper(), ref x3, ref w, inputs, body, ref Unsafe.Add(ref y, 3 * outputs));
    }

    /// <summary>Stores the 4 reduced sums of one row and adds the k &gt;= body terms one at a time (Kernels.Linear's tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreSums(Vector256<double> sums, ref double x, ref double w, int inputs, int body, ref double y)
    {
        sums.StoreUnsafe(ref y);
        for (int k = body; k < inputs; k++)
        {
            double xk = Unsafe.Add(ref x, k);
            for (int i = 0; i < 4; i++)
                Unsafe.Add(ref y, i) = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w, i * inputs + k), Unsafe.Add(ref y, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store2(Vector128<double> sums, ref double x, ref double w, int inputs, int body, ref double y)
    {
        sums.StoreUnsafe(ref y);
        for (int k = body; k < inputs; k++)
        {
            double xk = Unsafe.Add(ref x, k);
            y = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w, k), y);
            Unsafe.Add(ref y, 1) = Math.FusedMultiplyAdd(xk, Unsafe.Add(ref w, inputs + k), Unsafe.Add(ref y, 1));
        }
    }

    /// <summary>One dot product in Kernels.Linear's order (without the bias).</summary>
    private static double Dot(ref double x, ref double w, int inputs, int body)
    {
        var a = Vector256<double>.Zero;
        for (int k = 0; k < body; k += Lanes)
            a = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x, (nuint)k), Vector256.LoadUnsafe(ref w, (nuint)k), a);
        double s = (a.GetElement(0) + a.GetElement(2)) + (a.GetElement(1) + a.GetElement(3));
        for (int k = body; k < inputs; k++) s = Math.FusedMultiplyAdd(Unsafe.Add(ref x, k), Unsafe.Add(ref w, k), s);
        return s;
    }

    /// <summary><c>y = bias + y</c>, then ReLU when asked, as Kernels.Linear and Kernels.Relu do it.</summary>
    private static void AddBias(ReadOnlySpan<double> bias, Span<double> y, bool relu)
    {
        ref double b = ref MemoryMarshal.GetReference(bias);
        ref double v = ref MemoryMarshal.GetReference(y);
        int j = 0;
        for (; j + Lanes <= y.Length; j += Lanes)
        {
            var s = Vector256.LoadUnsafe(ref b, (nuint)j) + Vector256.LoadUnsafe(ref v, (nuint)j);
            if (relu) s = Vector256.ConditionalSelect(Vector256.GreaterThan(s, Vector256<double>.Zero), s, Vector256<double>.Zero);
            s.StoreUnsafe(ref v, (nuint)j);
        }
        for (; j < y.Length; j++)
        {
            double s = Unsafe.Add(ref b, j) + Unsafe.Add(ref v, j);
            Unsafe.Add(ref v, j) = relu && !(s > 0) ? 0 : s;
        }
    }

    /// <summary>
    /// <c>[h(a), h(b), h(c), h(d)]</c> with <c>h(v) = (v0 + v2) + (v1 + v3)</c>, the horizontal sum of Kernels.Linear,
    /// four at once by a transpose where AVX is available.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Reduce(Vector256<double> a, Vector256<double> b, Vector256<double> c, Vector256<double> d)
    {
        if (Avx.IsSupported)
        {
            var ac = Avx.Permute2x128(a, c, 0x20) + Avx.Permute2x128(a, c, 0x31);   // [a0+a2, a1+a3, c0+c2, c1+c3]
            var bd = Avx.Permute2x128(b, d, 0x20) + Avx.Permute2x128(b, d, 0x31);
            return Avx.UnpackLow(ac, bd) + Avx.UnpackHigh(ac, bd);
        }
        return Vector256.Create(H(a), H(b), H(c), H(d));

        static double H(Vector256<double> v) => (v.GetElement(0) + v.GetElement(2)) + (v.GetElement(1) + v.GetElement(3));
    }

    /// <summary>Weight gradient of 4 outputs x 16 inputs: 16 accumulators, one broadcast per output and one load per 4 inputs per row.</summary>
    private static void Gradient4x16(ref double d, int outputs, ref double x, int inputs, int rows, ref double g)
    {
        Vector256<double> a00 = Vector256<double>.Zero, a01 = a00, a02 = a00, a03 = a00;
        Vector256<double> a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        Vector256<double> a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        Vector256<double> a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        for (int t = 0; t < rows; t++)
        {
            ref double xt = ref Unsafe.Add(ref x, t * inputs);
            ref double dt = ref Unsafe.Add(ref d, t * outputs);
            var u0 = Vector256.LoadUnsafe(ref xt);
            var u1 = Vector256.LoadUnsafe(ref xt, Lanes);
            var u2 = Vector256.LoadUnsafe(ref xt, 2 * Lanes);
            var u3 = Vector256.LoadUnsafe(ref xt, 3 * Lanes);
            var c = Vector256.Create(dt);
            a00 = Vector256.FusedMultiplyAdd(c, u0, a00);
            a01 = Vector256.FusedMultiplyAdd(c, u1, a01);
            a02 = Vector256.FusedMultiplyAdd(c, u2, a02);
            a03 = Vector256.FusedMultiplyAdd(c, u3, a03);
            c = Vector256.Create(Unsafe.Add(ref dt, 1));
            a10 = Vector256.FusedMultiplyAdd(c, u0, a10);
            a11 = Vector256.FusedMultiplyAdd(c, u1, a11);
            a12 = Vector256.FusedMultiplyAdd(c, u2, a12);
            a13 = Vector256.FusedMultiplyAdd(c, u3, a13);
            c = Vector256.Create(Unsafe.Add(ref dt, 2));
            a20 = Vector256.FusedMultiplyAdd(c, u0, a20);
            a21 = Vector256.FusedMultiplyAdd(c, u1, a21);
            a22 = Vector256.FusedMultiplyAdd(c, u2, a22);
            a23 = Vector256.FusedMultiplyAdd(c, u3, a23);
            c = Vector256.Create(Unsafe.Add(ref dt, 3));
            a30 = Vector256.FusedMultiplyAdd(c, u0, a30);
            a31 = Vector256.FusedMultiplyAdd(c, u1, a31);
            a32 = Vector256.FusedMultiplyAdd(c, u2, a32);
            a33 = Vector256.FusedMultiplyAdd(c, u3, a33);
        }
        ref double g1 = ref Unsafe.Add(ref g, inputs);
        ref double g2 = ref Unsafe.Add(ref g, 2 * inputs);
        ref double g3 = ref Unsafe.Add(ref g, 3 * inputs);
        a00.StoreUnsafe(ref g); a01.StoreUnsafe(ref g, Lanes); a02.StoreUnsafe(ref g, 2 * Lanes); a03.StoreUnsafe(ref g, 3 * Lanes);
        a10.StoreUnsafe(ref g1); a11.StoreUnsafe(ref g1, Lanes); a12.StoreUnsafe(ref g1, 2 * Lanes); a13.StoreUnsafe(ref g1, 3 * Lanes);
        a20.StoreUnsafe(ref g2); a21.StoreUnsafe(ref g2, Lanes); a22.StoreUnsafe(ref g2, 2 * Lanes); a23.StoreUnsafe(ref g2, 3 * Lanes);
        a30.StoreUnsafe(ref g3); a31.StoreUnsafe(ref g3, Lanes); a32.StoreUnsafe(ref g3, 2 * Lanes); a33.StoreUnsafe(ref g3, 3 * Lanes);
    }

    /// <summary>Weight gradient of 4 outputs x 4 inputs (the remainder of <see cref="Gradient4x16"/>).</summary>
    private static void Gradient4x4(ref double d, int outputs, ref double x, int inputs, int rows, ref double g)
    {
        Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
        for (int t = 0; t < rows; t++)
        {
            var u = Vector256.LoadUnsafe(ref Unsafe.Add(ref x, t * inputs));
            ref double dt = ref Unsafe.Add(ref d, t * outputs);
            a0 = Vector256.FusedMultiplyAdd(Vector256.Create(dt), u, a0);
            a1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref dt, 1)), u, a1);
            a2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref dt, 2)), u, a2);
            a3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref dt, 3)), u, a3);
        }
        a0.StoreUnsafe(ref g);
        a1.StoreUnsafe(ref g, (nuint)inputs);
        a2.StoreUnsafe(ref g, (nuint)(2 * inputs));
        a3.StoreUnsafe(ref g, (nuint)(3 * inputs));
    }

    /// <summary><c>sum_t c[t * cStride] * m[t * mStride]</c> for t &lt; count, one fused multiply-add per term from 0.</summary>
    private static double ScalarSum(ref double c, int cStride, ref double m, int mStride, int count)
    {
        double s = 0;
        for (int t = 0; t < count; t++) s = Math.FusedMultiplyAdd(Unsafe.Add(ref c, t * cStride), Unsafe.Add(ref m, t * mStride), s);
        return s;
    }

    /// <summary>Input delta of 4 rows x 16 inputs: the sums over the outputs j, then the ReLU mask.</summary>
    private static void Delta4x16(ref double d, int outputs, ref double w, int inputs, ref double a, ref double p)
    {
        Vector256<double> a00 = Vector256<double>.Zero, a01 = a00, a02 = a00, a03 = a00;
        Vector256<double> a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        Vector256<double> a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        Vector256<double> a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        ref double d1 = ref Unsafe.Add(ref d, outputs);
        ref double d2 = ref Unsafe.Add(ref d, 2 * outputs);
        ref double d3 = ref Unsafe.Add(ref d, 3 * outputs);
        for (int j = 0; j < outputs; j++)
        {
            ref double wj = ref Unsafe.Add(ref w, j * inputs);
            var u0 = Vector256.LoadUnsafe(ref wj);
            var u1 = Vector256.LoadUnsafe(ref wj, Lanes);
            var u2 = Vector256.LoadUnsafe(ref wj, 2 * Lanes);
            var u3 = Vector256.LoadUnsafe(ref wj, 3 * Lanes);
            var c = Vector256.Create(Unsafe.Add(ref d, j));
            a00 = Vector256.FusedMultiplyAdd(c, u0, a00);
            a01 = Vector256.FusedMultiplyAdd(c, u1, a01);
            a02 = Vector256.FusedMultiplyAdd(c, u2, a02);
            a03 = Vector256.FusedMultiplyAdd(c, u3, a03);
            c = Vector256.Create(Unsafe.Add(ref d1, j));
            a10 = Vector256.FusedMultiplyAdd(c, u0, a10);
            a11 = Vector256.FusedMultiplyAdd(c, u1, a11);
            a12 = Vector256.FusedMultiplyAdd(c, u2, a12);
            a13 = Vector256.FusedMultiplyAdd(c, u3, a13);
            c = Vector256.Create(Unsafe.Add(ref d2, j));
            a20 = Vector256.FusedMultiplyAdd(c, u0, a20);
            a21 = Vector256.FusedMultiplyAdd(c, u1, a21);
            a22 = Vector256.FusedMultiplyAdd(c, u2, a22);
            a23 = Vector256.FusedMultiplyAdd(c, u3, a23);
            c = Vector256.Create(Unsafe.Add(ref d3, j));
            a30 = Vector256.FusedMultiplyAdd(c, u0, a30);
            a31 = Vector256.FusedMultiplyAdd(c, u1, a31);
            a32 = Vector256.FusedMultiplyAdd(c, u2, a32);
            a33 = Vector256.FusedMultiplyAdd(c, u3, a33);
        }
        MaskedStore(a00, a01, a02, a03, ref a, ref p);
        MaskedStore(a10, a11, a12, a13, ref Unsafe.Add(ref a, inputs), ref Unsafe.Add(ref p, inputs));
        MaskedStore(a20, a21, a22, a23, ref Unsafe.Add(ref a, 2 * inputs), ref Unsafe.Add(ref p, 2 * inputs));
        MaskedStore(a30, a31, a32, a33, ref Unsafe.Add(ref a, 3 * inputs), ref Unsafe.Add(ref p, 3 * inputs));
    }

    /// <summary>Stores 16 sums, zeroed where the activation is not &gt; 0 (relu'(0) = 0, as PyTorch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MaskedStore(Vector256<double> s0, Vector256<double> s1, Vector256<double> s2, Vector256<double> s3, ref double a, ref double p)
    {
        var zero = Vector256<double>.Zero;
        Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.LoadUnsafe(ref a), zero), s0, zero).StoreUnsafe(ref p);
        Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.LoadUnsafe(ref a, Lanes), zero), s1, zero).StoreUnsafe(ref p, Lanes);
        Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.LoadUnsafe(ref a, 2 * Lanes), zero), s2, zero).StoreUnsafe(ref p, 2 * Lanes);
        Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.LoadUnsafe(ref a, 3 * Lanes), zero), s3, zero).StoreUnsafe(ref p, 3 * Lanes);
    }

    /// <summary>Weight gradient of 4 outputs x 32 inputs with 512-bit vectors (same sums, same order): 16 accumulators, one broadcast per output and one load per 4 inputs per row.</summary>
    private static void Gradient4x32(ref double d, int outputs, ref double x, int inputs, int rows, ref double g)
    {
        Vector512<double> a00 = Vector512<double>.Zero, a01 = a00, a02 = a00, a03 = a00;
        Vector512<double> a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        Vector512<double> a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        Vector512<double> a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        for (int t = 0; t < rows; t++)
        {
            ref double xt = ref Unsafe.Add(ref x, t * inputs);
            ref double dt = ref Unsafe.Add(ref d, t * outputs);
            var u0 = Vector512.LoadUnsafe(ref xt);
            var u1 = Vector512.LoadUnsafe(ref xt, 2 * Lanes);
            var u2 = Vector512.LoadUnsafe(ref xt, 4 * Lanes);
            var u3 = Vector512.LoadUnsafe(ref xt, 6 * Lanes);
            var c = Vector512.Create(dt);
            a00 = Vector512.FusedMultiplyAdd(c, u0, a00);
            a01 = Vector512.FusedMultiplyAdd(c, u1, a01);
            a02 = Vector512.FusedMultiplyAdd(c, u2, a02);
            a03 = Vector512.FusedMultiplyAdd(c, u3, a03);
            c = Vector512.Create(Unsafe.Add(ref dt, 1));
            a10 = Vector512.FusedMultiplyAdd(c, u0, a10);
            a11 = Vector512.FusedMultiplyAdd(c, u1, a11);
            a12 = Vector512.FusedMultiplyAdd(c, u2, a12);
            a13 = Vector512.FusedMultiplyAdd(c, u3, a13);
            c = Vector512.Create(Unsafe.Add(ref dt, 2));
            a20 = Vector512.FusedMultiplyAdd(c, u0, a20);
            a21 = Vector512.FusedMultiplyAdd(c, u1, a21);
            a22 = Vector512.FusedMultiplyAdd(c, u2, a22);
            a23 = Vector512.FusedMultiplyAdd(c, u3, a23);
            c = Vector512.Create(Unsafe.Add(ref dt, 3));
            a30 = Vector512.FusedMultiplyAdd(c, u0, a30);
            a31 = Vector512.FusedMultiplyAdd(c, u1, a31);
            a32 = Vector512.FusedMultiplyAdd(c, u2, a32);
            a33 = Vector512.FusedMultiplyAdd(c, u3, a33);
        }
        ref double g1 = ref Unsafe.Add(ref g, inputs);
        ref double g2 = ref Unsafe.Add(ref g, 2 * inputs);
        ref double g3 = ref Unsafe.Add(ref g, 3 * inputs);
        a00.StoreUnsafe(ref g); a01.StoreUnsafe(ref g, 2 * Lanes); a02.StoreUnsafe(ref g, 4 * Lanes); a03.StoreUnsafe(ref g, 6 * Lanes);
        a10.StoreUnsafe(ref g1); a11.StoreUnsafe(ref g1, 2 * Lanes); a12.StoreUnsafe(ref g1, 4 * Lanes); a13.StoreUnsafe(ref g1, 6 * Lanes);
        a20.StoreUnsafe(ref g2); a21.StoreUnsafe(ref g2, 2 * Lanes); a22.StoreUnsafe(ref g2, 4 * Lanes); a23.StoreUnsafe(ref g2, 6 * Lanes);
        a30.StoreUnsafe(ref g3); a31.StoreUnsafe(ref g3, 2 * Lanes); a32.StoreUnsafe(ref g3, 4 * Lanes); a33.StoreUnsafe(ref g3, 6 * Lanes);
    }

    /// <summary>Input delta of 4 rows x 32 inputs with 512-bit vectors (same sums, same order): the sums over the outputs j, then the ReLU mask.</summary>
    private static void Delta4x32(ref double d, int outputs, ref double w, int inputs, ref double a, ref double p)
    {
        Vector512<double> a00 = Vector512<double>.Zero, a01 = a00, a02 = a00, a03 = a00;
        Vector512<double> a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        Vector512<double> a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        Vector512<double> a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        ref double d1 = ref Unsafe.Add(ref d, outputs);
        ref double d2 = ref Unsafe.Add(ref d, 2 * outputs);
        ref double d3 = ref Unsafe.Add(ref d, 3 * outputs);
        for (int j = 0; j < outputs; j++)
        {
            ref double wj = ref Unsafe.Add(ref w, j * inputs);
            var u0 = Vector512.LoadUnsafe(ref wj);
            var u1 = Vector512.LoadUnsafe(ref wj, 2 * Lanes);
            var u2 = Vector512.LoadUnsafe(ref wj, 4 * Lanes);
            var u3 = Vector512.LoadUnsafe(ref wj, 6 * Lanes);
            var c = Vector512.Create(Unsafe.Add(ref d, j));
            a00 = Vector512.FusedMultiplyAdd(c, u0, a00);
            a01 = Vector512.FusedMultiplyAdd(c, u1, a01);
            a02 = Vector512.FusedMultiplyAdd(c, u2, a02);
            a03 = Vector512.FusedMultiplyAdd(c, u3, a03);
            c = Vector512.Create(Unsafe.Add(ref d1, j));
            a10 = Vector512.FusedMultiplyAdd(c, u0, a10);
            a11 = Vector512.FusedMultiplyAdd(c, u1, a11);
            a12 = Vector512.FusedMultiplyAdd(c, u2, a12);
            a13 = Vector512.FusedMultiplyAdd(c, u3, a13);
            c = Vector512.Create(Unsafe.Add(ref d2, j));
            a20 = Vector512.FusedMultiplyAdd(c, u0, a20);
            a21 = Vector512.FusedMultiplyAdd(c, u1, a21);
            a22 = Vector512.FusedMultiplyAdd(c, u2, a22);
            a23 = Vector512.FusedMultiplyAdd(c, u3, a23);
            c = Vector512.Create(Unsafe.Add(ref d3, j));
            a30 = Vector512.FusedMultiplyAdd(c, u0, a30);
            a31 = Vector512.FusedMultiplyAdd(c, u1, a31);
            a32 = Vector512.FusedMultiplyAdd(c, u2, a32);
            a33 = Vector512.FusedMultiplyAdd(c, u3, a33);
        }
        MaskedStore512(a00, a01, a02, a03, ref a, ref p);
        MaskedStore512(a10, a11, a12, a13, ref Unsafe.Add(ref a, inputs), ref Unsafe.Add(ref p, inputs));
        MaskedStore512(a20, a21, a22, a23, ref Unsafe.Add(ref a, 2 * inputs), ref Unsafe.Add(ref p, 2 * inputs));
        MaskedStore512(a30, a31, a32, a33, ref Unsafe.Add(ref a, 3 * inputs), ref Unsafe.Add(ref p, 3 * inputs));
    }

    /// <summary>Stores 32 sums, zeroed where the activation is not &gt; 0 (relu'(0) = 0, as PyTorch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MaskedStore512(Vector512<double> s0, Vector512<double> s1, Vector512<double> s2, Vector512<double> s3, ref double a, ref double p)
    {
        var zero = Vector512<double>.Zero;
        Vector512.ConditionalSelect(Vector512.GreaterThan(Vector512.LoadUnsafe(ref a), zero), s0, zero).StoreUnsafe(ref p);
        Vector512.ConditionalSelect(Vector512.GreaterThan(Vector512.LoadUnsafe(ref a, 2 * Lanes), zero), s1, zero).StoreUnsafe(ref p, 2 * Lanes);
        Vector512.ConditionalSelect(Vector512.GreaterThan(Vector512.LoadUnsafe(ref a, 4 * Lanes), zero), s2, zero).StoreUnsafe(ref p, 4 * Lanes);
        Vector512.ConditionalSelect(Vector512.GreaterThan(Vector512.LoadUnsafe(ref a, 6 * Lanes), zero), s3, zero).StoreUnsafe(ref p, 6 * Lanes);
    }
}
