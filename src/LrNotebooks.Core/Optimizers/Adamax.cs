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
public sealed record Adamax : Optimizer
{
    /// <summary>The index of the first moment m in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int FirstMomentBuffer = 0;

    /// <summary>The index of the infinity norm u.</summary>
    public const int InfinityNormBuffer = 1;

    internal Adamax(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay) : base(learningRate)
    {
        Beta1 = Guard.InRange(beta1, 0, 1, maxInclusive: false);
        Beta2 = Guard.InRange(beta2, 0, 1, maxInclusive: false);
        Eps = Guard.NonNegative(eps);
        WeightDecay = Guard.NonNegative(weightDecay);
    }

    /// <summary>Decay β₁ in [0, 1) of the first moment.</summary>
    public double Beta1 { get; }

    /// <summary>Decay β₂ in [0, 1) of the infinity norm.</summary>
    public double Beta2 { get; }

    /// <summary>ε &gt;= 0 added to |d| inside the max.</summary>
    public double Eps { get; }

    /// <summary>L2 weight decay λ &gt;= 0, added to the gradient as λ·p.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override string Name => OptimizerLabel.Start("Adamax", LearningRate)
        .With("beta1", Beta1, 0.9).With("beta2", Beta2, 0.999).With("eps", Eps, 1e-8).With("weight_decay", WeightDecay, 0).ToString();

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
