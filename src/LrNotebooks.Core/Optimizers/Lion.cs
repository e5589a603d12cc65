using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Lion, "EvoLved Sign Momentum" (Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms", Algorithm 2):
/// every component moves by exactly ±η (plus decoupled weight decay), in the sign of an interpolation between the
/// momentum and the gradient. PyTorch 1.13: none; Keras: <c>Lion(beta_1, beta_2)</c>; Optax: <c>optax.lion</c>
/// (reproduced exactly: <c>scale_by_lion</c>, <c>add_decayed_weights</c>, <c>scale_by_learning_rate</c>).
/// </summary>
/// <remarks>
/// <code>
/// c = (1 − β₁)·g + β₁·m
/// p ← p − η·(sign(c) + λ·p)
/// m ← (1 − β₂)·g + β₂·m
/// </code>
/// <para>sign(0) = 0, as <c>jnp.sign</c>. The paper suggests a learning rate 3–10× smaller than AdamW's and a
/// weight decay 3–10× larger.</para>
/// <para>State buffers: 0 = momentum m.</para>
/// <para>Effective step size: η for every component (the factor the sign update is multiplied by).</para>
/// </remarks>
public sealed record Lion : Optimizer
{
    /// <summary>The index of the momentum m in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int MomentumBuffer = 0;

    internal Lion(Schedule learningRate, double beta1, double beta2, double weightDecay) : base(learningRate)
    {
        Beta1 = Guard.InRange(beta1, 0, 1);
        Beta2 = Guard.InRange(beta2, 0, 1, maxInclusive: false);
        WeightDecay = Guard.NonNegative(weightDecay);
    }

    /// <summary>Interpolation β₁ in [0, 1] between gradient and momentum inside the sign (1 = sign of the momentum alone).</summary>
    public double Beta1 { get; }

    /// <summary>Decay β₂ in [0, 1) of the stored momentum.</summary>
    public double Beta2 { get; }

    /// <summary>Decoupled weight decay λ &gt;= 0: every step subtracts η·λ·p.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override string Name => OptimizerLabel.Start("Lion", LearningRate)
        .With("beta1", Beta1, 0.9).With("beta2", Beta2, 0.99).With("weight_decay", WeightDecay, 0).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 1;

    /// <summary>sign(x) with sign(±0) = ±0 and sign(NaN) = NaN, like <c>jnp.sign</c> (<see cref="Math.Sign(double)"/> throws on NaN).</summary>
    private static double Sign(double x) => x > 0 ? 1.0 : x < 0 ? -1.0 : x;

    private static Vector<double> Sign(Vector<double> x) =>
        Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<double>.Zero), Vector<double>.One,
            Vector.ConditionalSelect(Vector.LessThan(x, Vector<double>.Zero), -Vector<double>.One, x));

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        bool decay = WeightDecay != 0;
        double beta1 = Beta1, beta2 = Beta2, oneMinusBeta1 = 1 - Beta1, oneMinusBeta2 = 1 - Beta2, wd = WeightDecay, negLr = -learningRate;
        Span<double> momentum = state.Buffer(MomentumBuffer);

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var mv = Vectorization.AsVectors(momentum, n);
        Vector<double> vB1 = new(beta1), vB2 = new(beta2), vC1 = new(oneMinusBeta1), vC2 = new(oneMinusBeta2), vWd = new(wd), vNegLr = new(negLr);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> m = ref mv[i];
            Vector<double> g = gv[i];
            Vector<double> update = Sign(vC1 * g + vB1 * m);
            if (decay) update += vWd * p;
            m = vC2 * g + vB2 * m;
            p += vNegLr * update;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double m = ref momentum[i];
            double g = gradient[i];
            double update = Sign(oneMinusBeta1 * g + beta1 * m);
            if (decay) update += wd * p;
            m = oneMinusBeta2 * g + beta2 * m;
            p += negLr * update;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) =>
        destination.Fill(learningRate);
}
