using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// Exact Hessian-vector products of a <see cref="Network"/>'s mean cross-entropy over a whole data set (full batch),
/// optionally plus an L2 term <c>λ/2·‖θ‖²</c>, by Pearlmutter's R-operator (forward-over-reverse written out by hand),
/// and the sharpness (largest Hessian eigenvalue) by power iteration on them.
/// </summary>
/// <remarks>
/// <para>
/// With <c>R{·}</c> the directional derivative along <c>v = (dW_l, db_l)</c> (Pearlmutter 1994, "Fast Exact Multiplication
/// by the Hessian", Neural Computation 6(1)), for layers <c>z_l = a_l·W_lᵀ + b_l</c>, <c>a_{l+1} = relu(z_l)</c>, softmax
/// probabilities <c>p</c> and <c>N</c> rows:
/// </para>
/// <code>
/// forward:   R a_0 = 0,  R z_l = R a_l·W_lᵀ + a_l·dW_lᵀ + db_l,  R a_{l+1} = relu'(z_l) ⊙ R z_l
/// output:    δ = (p − onehot(y)) / N,   R δ = p ⊙ (R z − Σ_k p_k R z_k) / N
/// backward:  ∇W_l = δ_lᵀ a_l,  (Hv)_{W_l} = R δ_lᵀ a_l + δ_lᵀ R a_l,  (Hv)_{b_l} = Σ_rows R δ_l
///            δ_{l−1} = relu'(z_{l−1}) ⊙ (δ_l W_l),   R δ_{l−1} = relu'(z_{l−1}) ⊙ (R δ_l W_l + δ_l dW_l)
/// L2:        Hv += λ·v
/// </code>
/// <para>
/// ReLU's second derivative is 0 away from the kink, so these are exact wherever the loss is twice differentiable
/// (no pre-activation exactly 0). One product costs about one forward and two backward passes (see the README's
/// measured ratio to a gradient). PyTorch: <c>torch.autograd.functional.hvp</c> or double back-propagation; JAX:
/// <c>jvp(grad(f))</c>. Not thread-safe: one instance per thread (the buffers are reused).
/// </para>
/// </remarks>
public sealed class NetworkHessian
{
    private readonly Network _network;
    private readonly int _rows;
    private readonly double[] _input;
    private readonly int[] _labels;
    private readonly double[][] _activations;   // a_{l+1} = relu(z_l); the last holds the logits, then the probabilities
    private readonly double[][] _rActivations;  // R a_{l+1} (R z for the last layer)
    private double[] _delta, _previousDelta, _rDelta, _rPreviousDelta;
    private readonly double[] _scratch;
    private readonly double[] _weightScratch;
    private readonly double[] _zeroBias;

    /// <summary>Prepares products over every row of <paramref name="data"/> (usually the training set).</summary>
    /// <param name="network">The model.</param>
    /// <param name="data">The rows whose mean loss is differentiated; features and classes must match the network.</param>
    /// <param name="l2">The coefficient λ &gt;= 0 of an L2 term λ/2·‖θ‖² in the loss (the loss SGD's weight decay λ minimizes); 0 = none.</param>
    public NetworkHessian(Network network, Dataset data, double l2 = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != network.InputCount || data.ClassCount != network.ClassCount)
            throw new ArgumentException(
                $"data must have {network.InputCount} features and {network.ClassCount} classes for {network.Name}, but had {data.FeatureCount} features and {data.ClassCount} classes.",
                nameof(data));
        _network = network;
        L2 = Guard.NonNegative(l2);
        _rows = data.Count;
        _input = data.Features.ToArray();
        _labels = data.Labels.ToArray();
        _activations = new double[network.LayerCount][];
        _rActivations = new double[network.LayerCount][];
        int widest = network.InputCount;
        for (int l = 0; l < network.LayerCount; l++)
        {
            _activations[l] = new double[_rows * network.LayerOutputs(l)];
            _rActivations[l] = new double[_rows * network.LayerOutputs(l)];
            widest = Math.Max(widest, network.LayerOutputs(l));
        }
        _delta = new double[_rows * widest];
        _previousDelta = new double[_rows * widest];
        _rDelta = new double[_rows * widest];
        _rPreviousDelta = new double[_rows * widest];
        _scratch = new double[_rows * widest];
        _weightScratch = new double[network.ParameterCount];
        _zeroBias = new double[widest];
    }

    /// <summary>The network.</summary>
    public Network Network => _network;

    /// <summary>The number of rows the loss averages over.</summary>
    public int RowCount => _rows;

    /// <summary>The L2 coefficient λ in the loss.</summary>
    public double L2 { get; }

    /// <summary>
    /// Writes <c>H·v</c> (the Hessian of the loss at <paramref name="parameters"/> times <paramref name="direction"/>)
    /// into <paramref name="product"/> and, if given, the gradient into <paramref name="gradient"/>; returns the loss.
    /// </summary>
    /// <param name="parameters">θ, length <see cref="Network.ParameterCount"/>.</param>
    /// <param name="direction">v, the same length.</param>
    /// <param name="product">Receives H·v, the same length.</param>
    /// <param name="gradient">Receives ∇L(θ) when not empty (the same length).</param>
    public double Product(ReadOnlySpan<double> parameters, ReadOnlySpan<double> direction, Span<double> product, Span<double> gradient = default)
    {
        int n = _network.ParameterCount;
        Guard.SameLength(n, parameters.Length, nameof(parameters));
        Guard.SameLength(n, direction.Length, nameof(direction));
        Guard.SameLength(n, product.Length, nameof(product));
        if (!gradient.IsEmpty) Guard.SameLength(n, gradient.Length, nameof(gradient));
        double loss = ForwardAndOutputDeltas(parameters, direction);
        Backward(parameters, direction, product, gradient);
        if (L2 != 0)
        {
            double norm = 0;
            for (int i = 0; i < n; i++)
            {
                product[i] += L2 * direction[i];
                if (!gradient.IsEmpty) gradient[i] += L2 * parameters[i];
                norm += parameters[i] * parameters[i];
            }
            loss += 0.5 * L2 * norm;
        }
        return loss;
    }

    /// <summary>
    /// The sharpness: the Hessian eigenvalue of largest magnitude at <paramref name="parameters"/> (in practice the largest,
    /// which is positive), by power iteration <c>v ← Hv/‖Hv‖</c> with the Rayleigh quotient <c>vᵀHv</c> as the estimate.
    /// Stops when two successive estimates differ by at most <paramref name="tolerance"/> relative, or after
    /// <paramref name="maxIterations"/> products.
    /// </summary>
    /// <param name="parameters">θ.</param>
    /// <param name="tolerance">Relative change that counts as converged, in (0, 1).</param>
    /// <param name="maxIterations">The most Hessian-vector products, &gt;= 1.</param>
    /// <param name="seed">Seed of the random start (a Gaussian vector from <c>new Random(seed)</c>) when <paramref name="start"/> is null.</param>
    /// <param name="start">A start vector (e.g. the previous estimate's <see cref="SharpnessEstimate.Vector"/>, which makes repeated
    /// measurements along a run much cheaper); null for a random one.</param>
    public SharpnessEstimate Sharpness(ReadOnlySpan<double> parameters, double tolerance = 1e-4, int maxIterations = 100, int seed = 0,
        ReadOnlySpan<double> start = default)
    {
        int n = _network.ParameterCount;
        Guard.SameLength(n, parameters.Length, nameof(parameters));
        Guard.InRange(tolerance, 0, 1, minInclusive: false, maxInclusive: false);
        Guard.AtLeast(maxIterations, 1);
        var v = new double[n];
        if (!start.IsEmpty)
        {
            Guard.SameLength(n, start.Length, nameof(start));
            start.CopyTo(v);
        }
        if (start.IsEmpty || Normalize(v) == 0)
        {
            var random = new Random(seed);
            for (int i = 0; i < n; i++)
            {
                // Box-Muller: a direction uniform on the sphere after normalizing.
                double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
                v[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            }
            Normalize(v);
        }
        var hv = new double[n];
        double estimate = double.NaN;
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            Product(parameters, v, hv);
            double rayleigh = Dot(v, hv);
            double norm = Normalize(hv);
            if (!double.IsFinite(rayleigh) || norm == 0)
                return new SharpnessEstimate(double.IsFinite(rayleigh) ? rayleigh : double.NaN, iteration, false, v);
            bool converged = Math.Abs(rayleigh - estimate) <= tolerance * Math.Abs(rayleigh);
            estimate = rayleigh;
            (v, hv) = (hv, v);
            if (converged) return new SharpnessEstimate(estimate, iteration, true, v);
        }
        return new SharpnessEstimate(estimate, maxIterations, false, v);
    }

    private double ForwardAndOutputDeltas(ReadOnlySpan<double> parameters, ReadOnlySpan<double> direction)
    {
        int rows = _rows;
        ReadOnlySpan<double> current = _input, rCurrent = default;
        for (int l = 0; l < _network.LayerCount; l++)
        {
            int inputs = _network.LayerInputs(l), outputs = _network.LayerOutputs(l);
            var w = parameters.Slice(_network.WeightOffset(l), outputs * inputs);
            var b = parameters.Slice(_network.BiasOffset(l), outputs);
            var dw = direction.Slice(_network.WeightOffset(l), outputs * inputs);
            var db = direction.Slice(_network.BiasOffset(l), outputs);
            var z = _activations[l].AsSpan(0, rows * outputs);
            var rz = _rActivations[l].AsSpan(0, rows * outputs);
            TiledKernels.Linear(current, rows, inputs, w, b, z, relu: false);
            TiledKernels.Linear(current, rows, inputs, dw, db, rz, relu: false);     // a_l·dWᵀ + db
            if (l > 0)
            {
                var extra = _scratch.AsSpan(0, rows * outputs);
                TiledKernels.Linear(rCurrent, rows, inputs, w, _zeroBias.AsSpan(0, outputs), extra, relu: false);   // R a_l·Wᵀ
                Add(extra, rz);
            }
            if (l < _network.LayerCount - 1)
            {
                Kernels.Relu(z);
                Kernels.ReluBackward(z, rz);                                    // relu'(z) ⊙ R z
            }
            current = z;
            rCurrent = rz;
        }

        int classes = _network.ClassCount;
        var logits = _activations[^1].AsSpan(0, rows * classes);
        var rLogits = _rActivations[^1].AsSpan(0, rows * classes);
        var delta = _delta.AsSpan(0, rows * classes);
        var rDelta = _rDelta.AsSpan(0, rows * classes);
        double lossSum = 0, scale = 1.0 / rows;
        for (int r = 0; r < rows; r++)
        {
            var zr = logits.Slice(r * classes, classes);
            var rzr = rLogits.Slice(r * classes, classes);
            var d = delta.Slice(r * classes, classes);
            var rd = rDelta.Slice(r * classes, classes);
            double max = zr[0];
            for (int k = 1; k < classes; k++) if (zr[k] > max) max = zr[k];
            double sum = 0;
            for (int k = 0; k < classes; k++) sum += d[k] = Math.Exp(zr[k] - max);
            int y = _labels[r];
            lossSum += max + Math.Log(sum) - zr[y];
            double mean = 0;
            for (int k = 0; k < classes; k++)
            {
                d[k] /= sum;                                                    // p_k
                mean += d[k] * rzr[k];
            }
            for (int k = 0; k < classes; k++)
            {
                rd[k] = scale * d[k] * (rzr[k] - mean);
                d[k] *= scale;
            }
            d[y] -= scale;
        }
        return lossSum / rows;
    }

    private void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> direction, Span<double> product, Span<double> gradient)
    {
        int rows = _rows;
        for (int l = _network.LayerCount - 1; l >= 0; l--)
        {
            int inputs = _network.LayerInputs(l), outputs = _network.LayerOutputs(l);
            ReadOnlySpan<double> layerInput = l == 0 ? _input : _activations[l - 1].AsSpan(0, rows * inputs);
            var delta = _delta.AsSpan(0, rows * outputs);
            var rDelta = _rDelta.AsSpan(0, rows * outputs);
            var productW = product.Slice(_network.WeightOffset(l), outputs * inputs);
            TiledKernels.WeightGradient(rDelta, rows, outputs, layerInput, inputs, productW);              // R δᵀ a
            if (l > 0)
            {
                var extra = _weightScratch.AsSpan(0, outputs * inputs);
                TiledKernels.WeightGradient(delta, rows, outputs, _rActivations[l - 1], inputs, extra);   // δᵀ R a
                Add(extra, productW);
            }
            if (!gradient.IsEmpty)
                TiledKernels.WeightGradient(delta, rows, outputs, layerInput, inputs, gradient.Slice(_network.WeightOffset(l), outputs * inputs));
            Kernels.SumRows(rDelta, rows, product.Slice(_network.BiasOffset(l), outputs));
            if (!gradient.IsEmpty) Kernels.SumRows(delta, rows, gradient.Slice(_network.BiasOffset(l), outputs));
            if (l == 0) break;

            // The ReLU mask zeroes the same entries of each term, so masking each before adding them gives the same bits.
            var w = parameters.Slice(_network.WeightOffset(l), outputs * inputs);
            var dw = direction.Slice(_network.WeightOffset(l), outputs * inputs);
            var previous = _previousDelta.AsSpan(0, rows * inputs);
            var rPrevious = _rPreviousDelta.AsSpan(0, rows * inputs);
            var scratch = _scratch.AsSpan(0, rows * inputs);
            TiledKernels.InputDelta(delta, rows, outputs, w, inputs, layerInput, previous);       // relu'(z) ⊙ δ W
            TiledKernels.InputDelta(rDelta, rows, outputs, w, inputs, layerInput, rPrevious);     // relu'(z) ⊙ R δ W
            TiledKernels.InputDelta(delta, rows, outputs, dw, inputs, layerInput, scratch);       // relu'(z) ⊙ δ dW
            Add(scratch, rPrevious);
            (_delta, _previousDelta) = (_previousDelta, _delta);
            (_rDelta, _rPreviousDelta) = (_rPreviousDelta, _rDelta);
        }
    }

    private static void Add(ReadOnlySpan<double> source, Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++) destination[i] += source[i];
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Normalize(Span<double> v)
    {
        double norm = Math.Sqrt(Dot(v, v));
        if (norm > 0 && double.IsFinite(norm))
            for (int i = 0; i < v.Length; i++) v[i] /= norm;
        return double.IsFinite(norm) ? norm : 0;
    }
}
