using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// RMSprop (Tieleman &amp; Hinton 2012, Coursera lecture 6.5; centered variant: Graves 2013): each step is divided
/// by the root of an exponential moving average of squared gradients. PyTorch: <c>torch.optim.RMSprop</c>
/// (1.13, reproduced exactly); Keras: <c>RMSprop(rho, momentum, epsilon, centered)</c>; Optax: <c>optax.rmsprop</c>.
/// </summary>
/// <remarks>
/// <para>With d = g + λ·p, smoothing constant α, momentum μ:</para>
/// <code>
/// v ← α·v + (1 − α)·d²
/// centered:  ḡ ← α·ḡ + (1 − α)·d,   a = √(v − ḡ²) + ε;   otherwise a = √v + ε
/// μ &gt; 0:     b ← μ·b + d / a,   p ← p − η·b
/// μ = 0:     p ← p − η·d / a
/// </code>
/// <para>State buffers: 0 = squared-gradient average v; then ḡ (index <see cref="GradientAverageBuffer"/>, only when
/// centered); then the momentum buffer b (index <see cref="MomentumBuffer"/>, only when μ &gt; 0).</para>
/// <para>Effective step size: η / a = η / (√v + ε), or η / (√(v − ḡ²) + ε) when centered: the factor the most recent
/// gradient d was multiplied by (on its way into the momentum buffer when μ &gt; 0).</para>
/// </remarks>
public sealed record RmsProp : Optimizer
{
    /// <summary>The index of the squared-gradient average v in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int SquareAverageBuffer = 0;

    internal RmsProp(Schedule learningRate, double alpha, double eps, double weightDecay, double momentum, bool centered) : base(learningRate)
    {
        Alpha = Guard.InRange(alpha, 0, 1);
        Eps = Guard.NonNegative(eps);
        WeightDecay = Guard.NonNegative(weightDecay);
        Momentum = Guard.InRange(momentum, 0, 1, maxInclusive: false);
        Centered = centered;
    }

    /// <summary>Smoothing constant α in [0, 1] of the squared-gradient average (Keras: rho).</summary>
    public double Alpha { get; }

    /// <summary>ε &gt;= 0 added to the root.</summary>
    public double Eps { get; }

    /// <summary>L2 weight decay λ &gt;= 0, added to the gradient as λ·p.</summary>
    public double WeightDecay { get; }

    /// <summary>Momentum μ in [0, 1); 0 turns momentum off.</summary>
    public double Momentum { get; }

    /// <summary>Centered: normalize by the estimated variance √(v − ḡ²) instead of √v.</summary>
    public bool Centered { get; }

    /// <summary>The index of the gradient average ḡ (when <see cref="Centered"/>), else -1.</summary>
    public int GradientAverageBuffer => Centered ? 1 : -1;

    /// <summary>The index of the momentum buffer (when <see cref="Momentum"/> &gt; 0), else -1.</summary>
    public int MomentumBuffer => Momentum > 0 ? (Centered ? 2 : 1) : -1;

    /// <inheritdoc />
    public override string Name => OptimizerLabel.Start("RMSprop", LearningRate)
        .With("alpha", Alpha, 0.99).With("eps", Eps, 1e-8).With("weight_decay", WeightDecay, 0)
        .With("momentum", Momentum, 0).With("centered", Centered).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 1 + (Centered ? 1 : 0) + (Momentum > 0 ? 1 : 0);

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        bool decay = WeightDecay != 0, centered = Centered, momentum = Momentum > 0;
        double alpha = Alpha, oneMinusAlpha = 1 - Alpha, eps = Eps, wd = WeightDecay, mu = Momentum, negLr = -learningRate;
        Span<double> square = state.Buffer(SquareAverageBuffer);
        Span<double> average = centered ? state.Buffer(GradientAverageBuffer) : Span<double>.Empty;
        Span<double> buffer = momentum ? state.Buffer(MomentumBuffer) : Span<double>.Empty;

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var vv = Vectorization.AsVectors(square, n);
        var av = centered ? Vectorization.AsVectors(average, n) : Span<Vector<double>>.Empty;
        var bv = momentum ? Vectorization.AsVectors(buffer, n) : Span<Vector<double>>.Empty;
        Vector<double> vAlpha = new(alpha), vOneMinusAlpha = new(oneMinusAlpha), vEps = new(eps), vWd = new(wd), vMu = new(mu), vNegLr = new(negLr);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> v = ref vv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            v = v * vAlpha + vOneMinusAlpha * d * d;
            Vector<double> root;
            if (centered)
            {
                ref Vector<double> a = ref av[i];
                a = a * vAlpha + vOneMinusAlpha * d;
                root = Vector.SquareRoot(v - a * a);
            }
            else root = Vector.SquareRoot(v);
            Vector<double> denominator = root + vEps;
            if (momentum)
            {
                ref Vector<double> b = ref bv[i];
                b = b * vMu + d / denominator;
                p += vNegLr * b;
            }
            else p += vNegLr * d / denominator;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double v = ref square[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            v = v * alpha + oneMinusAlpha * d * d;
            double root;
            if (centered)
            {
                ref double a = ref average[i];
                a = a * alpha + oneMinusAlpha * d;
                root = Math.Sqrt(v - a * a);
            }
            else root = Math.Sqrt(v);
            double denominator = root + eps;
            if (momentum)
            {
                ref double b = ref buffer[i];
                b = b * mu + d / denominator;
                p += negLr * b;
            }
            else p += negLr * d / denominator;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        ReadOnlySpan<double> square = state.Buffer(SquareAverageBuffer);
        ReadOnlySpan<double> average = Centered ? state.Buffer(GradientAverageBuffer) : ReadOnlySpan<double>.Empty;
        for (int i = 0; i < destination.Length; i++)
        {
            double variance = Centered ? square[i] - average[i] * average[i] : square[i];
            destination[i] = learningRate / (Math.Sqrt(variance) + Eps);
        }
    }
}
