using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Adamax (Kingma &amp; Ba 2015, section 7.1): Adam with the second moment replaced by an exponentially weighted
/// infinity norm. PyTorch: <c>torch.optim.Adamax</c> (1.13, reproduced exactly, ε inside the max);
/// Keras: <c>Adamax(beta_1, beta_2, epsilon)</c>; Optax: <c>optax.adamax</c>.
/// </summary>
/// <remarks>
/// <para>At step t = 1, 2, … with d = g + λ·p:</para>
/// <code>
/// m ← β₁·m + (1 − β₁)·d
/// u ← max(β₂·u, |d| + ε)
/// p ← p − (η / (1 − β₁ᵗ))·m / u
/// </code>
/// <para>State buffers: 0 = first moment m, 1 = infinity norm u.</para>
/// <para>Effective step size: (η / (1 − β₁ᵗ)) / u, the factor m was multiplied by at the most recent step t. Before the
/// first step: (η / (1 − β₁)) / ε, the value for a zero gradient (u is never below ε after a step).</para>
/// </remarks>
public sealed record Adamax : AdaptiveMomentOptimizer
{
    /// <summary>The index of the infinity norm u.</summary>
    public const int InfinityNormBuffer = SecondMomentBuffer;

    internal Adamax(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay) : base(learningRate, beta1, beta2, eps, weightDecay)
    {
    }

    /// <inheritdoc />
    public override string Name => Label("Adamax").ToString();

    /// <inheritdoc />
    protected override int BufferCount => 2;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        bool decay = WeightDecay != 0;
        double beta1 = Beta1, beta2 = Beta2, oneMinusBeta1 = 1 - Beta1, eps = Eps, wd = WeightDecay;
        double negClr = -(learningRate / (1 - Math.Pow(Beta1, state.Step + 1)));
        Span<double> first = state.Buffer(FirstMomentBuffer), norm = state.Buffer(InfinityNormBuffer);

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var mv = Vectorization.AsVectors(first, n);
        var uv = Vectorization.AsVectors(norm, n);
        Vector<double> vB1 = new(beta1), vB2 = new(beta2), vC1 = new(oneMinusBeta1), vEps = new(eps), vWd = new(wd), vNegClr = new(negClr);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> m = ref mv[i];
            ref Vector<double> u = ref uv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            m = m * vB1 + vC1 * d;
            u = Vector.Max(u * vB2, Vector.Abs(d) + vEps);
            p += vNegClr * m / u;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double m = ref first[i];
            ref double u = ref norm[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            m = m * beta1 + oneMinusBeta1 * d;
            u = Math.Max(u * beta2, Math.Abs(d) + eps);
            p += negClr * m / u;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        double clr = learningRate / (1 - Math.Pow(Beta1, Math.Max(state.Step, 1)));
        ReadOnlySpan<double> norm = state.Buffer(InfinityNormBuffer);
        for (int i = 0; i < destination.Length; i++) destination[i] = clr / Math.Max(norm[i], Eps);
    }
}
