using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// NAdam (Dozat 2016, "Incorporating Nesterov Momentum into Adam"): Adam with a Nesterov look-ahead on the first
/// moment and a warming-up momentum schedule μₜ. PyTorch: <c>torch.optim.NAdam</c> (1.13, reproduced exactly);
/// Keras: <c>Nadam(beta_1, beta_2, epsilon)</c>; Optax: <c>optax.nadam</c> (a different, schedule-free variant).
/// </summary>
/// <remarks>
/// <para>At step t = 1, 2, … with d = g + λ·p and momentum decay ψ:</para>
/// <code>
/// μₜ = β₁·(1 − ½·0.96^(t·ψ)),   μₜ₊₁ = β₁·(1 − ½·0.96^((t+1)·ψ))
/// Πₜ = Πₜ₋₁·μₜ  (Π₀ = 1),       Π′ = Πₜ·μₜ·μₜ₊₁
/// m ← β₁·m + (1 − β₁)·d,   v ← β₂·v + (1 − β₂)·d²,   a = √(v / (1 − β₂ᵗ)) + ε
/// p ← p − η·(1 − μₜ)/(1 − Πₜ)·d / a − η·μₜ₊₁/(1 − Π′)·m / a
/// </code>
/// <para>Π′ is PyTorch 1.13's exact expression: it multiplies μₜ in twice (Dozat's paper, and PyTorch from 2.0 on,
/// use Πₜ·μₜ₊₁). The difference is tiny after the first few steps; it is kept so the numbers match PyTorch 1.13.</para>
/// <para>State buffers: 0 = first moment m, 1 = second moment v. Scalars: 0 = the product Πₜ of the μ's.</para>
/// <para>Effective step size: η / a = η / (√(v / (1 − β₂ᵗ)) + ε), the factor the bias-corrected Nesterov moment
/// (1 − μₜ)/(1 − Πₜ)·d + μₜ₊₁/(1 − Π′)·m was multiplied by at the most recent step.</para>
/// </remarks>
public sealed record NAdam : AdaptiveMomentOptimizer
{
    /// <summary>The index of the momentum product Πₜ in <see cref="OptimizerState.Scalars"/>.</summary>
    public const int MomentumProductScalar = 0;

    internal NAdam(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay, double momentumDecay) : base(learningRate, beta1, beta2, eps, weightDecay)
    {
        MomentumDecay = Guard.NonNegative(momentumDecay);
    }

    /// <summary>Momentum decay ψ &gt;= 0 of the warm-up schedule μₜ = β₁·(1 − ½·0.96^(t·ψ)).</summary>
    public double MomentumDecay { get; }

    /// <inheritdoc />
    public override string Name => Label("NAdam").With("momentum_decay", MomentumDecay, 0.004).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 2;

    /// <inheritdoc />
    protected override int ScalarCount => 1;

    /// <inheritdoc />
    protected override void InitializeState(OptimizerState state) => state.Scalars[MomentumProductScalar] = 1;

    private double Mu(int step) => Beta1 * (1.0 - 0.5 * Math.Pow(0.96, step * MomentumDecay));

    private double BiasCorrection2(int step) => 1 - Math.Pow(Beta2, step);

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        int t = state.Step + 1;
        double mu = Mu(t), muNext = Mu(t + 1);
        ref double product = ref state.Scalars[MomentumProductScalar];
        product *= mu;
        double productNext = product * mu * muNext;
        double gradientFactor = -learningRate * (1.0 - mu) / (1.0 - product);
        double momentFactor = -learningRate * muNext / (1.0 - productNext);

        bool decay = WeightDecay != 0;
        double beta1 = Beta1, beta2 = Beta2, oneMinusBeta1 = 1 - Beta1, oneMinusBeta2 = 1 - Beta2, eps = Eps, wd = WeightDecay;
        double bc2 = BiasCorrection2(t);
        Span<double> first = state.Buffer(FirstMomentBuffer), second = state.Buffer(SecondMomentBuffer);

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var mv = Vectorization.AsVectors(first, n);
        var vv = Vectorization.AsVectors(second, n);
        Vector<double> vB1 = new(beta1), vB2 = new(beta2), vC1 = new(oneMinusBeta1), vC2 = new(oneMinusBeta2), vEps = new(eps),
            vWd = new(wd), vBc2 = new(bc2), vGradientFactor = new(gradientFactor), vMomentFactor = new(momentFactor);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> m = ref mv[i];
            ref Vector<double> v = ref vv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            m = m * vB1 + vC1 * d;
            v = v * vB2 + vC2 * d * d;
            Vector<double> denominator = Vector.SquareRoot(v / vBc2) + vEps;
            p += vGradientFactor * d / denominator;
            p += vMomentFactor * m / denominator;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double m = ref first[i];
            ref double v = ref second[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            m = m * beta1 + oneMinusBeta1 * d;
            v = v * beta2 + oneMinusBeta2 * d * d;
            double denominator = Math.Sqrt(v / bc2) + eps;
            p += gradientFactor * d / denominator;
            p += momentFactor * m / denominator;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        double bc2 = BiasCorrection2(Math.Max(state.Step, 1));
        ReadOnlySpan<double> second = state.Buffer(SecondMomentBuffer);
        for (int i = 0; i < destination.Length; i++) destination[i] = learningRate / (Math.Sqrt(second[i] / bc2) + Eps);
    }
}
