using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Schedule-free AdamW (Defazio et al. 2024, "The Road Less Scheduled", NeurIPS; Algorithm 1): Adam's normalized
/// step at a constant rate on z, its weighted average x as the result, the gradient taken at the interpolation y,
/// decoupled weight decay at y. Reference implementation: <c>schedulefree.AdamWScheduleFree</c>
/// (facebookresearch/schedule_free), followed exactly; PyTorch 1.13, Keras and Optax core have none
/// (Optax: <c>optax.contrib.schedule_free_adamw</c>).
/// </summary>
/// <remarks>
/// <para>At the 0-based step t with the gradient g at the parameters y:</para>
/// <code>
/// γ = schedule(t) · min(1, (t + 1)/warmup)
/// w = (t + 1)^r · (max_{i ≤ t} γ_i)^p,  c = w / Σ w
/// v ← β₂·v + (1 − β₂)·g²
/// z ← z − γ·λ·y − γ·g / (sqrt(v / (1 − β₂^(t+1))) + ε)
/// x ← (1 − c)·x + c·z
/// y ← (1 − β₁)·z + β₁·x
/// </code>
/// <para>There is no first moment: β₁ is the interpolation between z and x, which plays momentum's part. See
/// <see cref="ScheduleFreeOptimizer"/> for the paper's pseudo-code and the state layout; the second moment v is buffer
/// <see cref="SecondMomentBuffer"/>.</para>
/// <para>Effective step size: γ / (sqrt(v / (1 − β₂^t)) + ε), the factor on g in the z step.</para>
/// </remarks>
public sealed record ScheduleFreeAdamW : ScheduleFreeOptimizer
{
    /// <summary>The index of the second moment v in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int SecondMomentBuffer = 2;

    internal ScheduleFreeAdamW(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay, int warmupSteps, double r, double weightLrPower)
        : base(learningRate, beta1, nameof(beta1), weightDecay, warmupSteps, r, weightLrPower)
    {
        Beta2 = Guard.InRange(beta2, 0, 1, maxInclusive: false);
        Eps = Guard.NonNegative(eps);
    }

    /// <summary>The interpolation β₁ in [0, 1] (the same as <see cref="ScheduleFreeOptimizer.Beta"/>).</summary>
    public double Beta1 => Beta;

    /// <summary>Decay β₂ in [0, 1) of the second moment v.</summary>
    public double Beta2 { get; }

    /// <summary>ε &gt;= 0 added to the root.</summary>
    public double Eps { get; }

    /// <inheritdoc />
    public override string Name => Label("ScheduleFreeAdamW", defaultBeta: 0.9).With("beta2", Beta2, 0.999).With("eps", Eps, 1e-8).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 3;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        double c = BeginStep(parameters, state, learningRate);
        Span<double> z = state.Buffer(ZBuffer), x = state.Buffer(XBuffer), v = state.Buffer(SecondMomentBuffer);
        double beta1 = Beta, beta2 = Beta2, eps = Eps, wd = WeightDecay, lr = learningRate;
        double correction = 1 - Math.Pow(beta2, state.Step + 1);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradient[i];
            double vi = v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double zi = z[i];
            if (wd != 0) zi -= lr * wd * parameters[i];
            zi = z[i] = zi - lr * g / (Math.Sqrt(vi / correction) + eps);
            double xi = x[i] = (1 - c) * x[i] + c * zi;
            parameters[i] = (1 - beta1) * zi + beta1 * xi;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        // The step that produced v is the last one (t = Step); before any step, a zero history.
        int t = Math.Max(state.Step, 1);
        double correction = 1 - Math.Pow(Beta2, t);
        var v = state.Buffer(SecondMomentBuffer);
        for (int i = 0; i < destination.Length; i++) destination[i] = learningRate / (Math.Sqrt(v[i] / correction) + Eps);
    }
}
