using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Schedule-free SGD (Defazio et al. 2024, "The Road Less Scheduled", NeurIPS): SGD at a constant rate on z,
/// its weighted average x as the result, and the gradient taken at the interpolation y. Reference implementation:
/// <c>schedulefree.SGDScheduleFree</c> (facebookresearch/schedule_free), followed exactly; PyTorch 1.13, Keras and
/// Optax core have none (Optax: <c>optax.contrib.schedule_free_sgd</c>).
/// </summary>
/// <remarks>
/// <para>At the 0-based step t with the gradient g at the parameters y:</para>
/// <code>
/// γ = schedule(t) · min(1, (t + 1)/warmup)            (the rate of this step)
/// w = (t + 1)^r · (max_{i ≤ t} γ_i)^p,  c = w / Σ w    (p = 2, r = 0 by default)
/// d = g + λ·y
/// z ← z − γ·d
/// x ← (1 − c)·x + c·z
/// y ← (1 − β)·z + β·x
/// </code>
/// <para>See <see cref="ScheduleFreeOptimizer"/> for the paper's pseudo-code, the state layout and the special cases
/// β = 0 (Polyak–Ruppert averaging of plain SGD) and β = 1 (primal averaging). Evaluate at
/// <see cref="ScheduleFreeOptimizer.WriteEvaluationPoint"/>, not at y.</para>
/// <para>Effective step size: γ for every component (the factor on d in the z step).</para>
/// </remarks>
public sealed record ScheduleFreeSgd : ScheduleFreeOptimizer
{
    internal ScheduleFreeSgd(Schedule learningRate, double momentum, double weightDecay, int warmupSteps, double r, double weightLrPower)
        : base(learningRate, momentum, nameof(momentum), weightDecay, warmupSteps, r, weightLrPower)
    {
    }

    /// <inheritdoc />
    public override string Name => Label("ScheduleFreeSGD", defaultBeta: 0.9).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 2;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        double c = BeginStep(parameters, state, learningRate);
        Span<double> z = state.Buffer(ZBuffer), x = state.Buffer(XBuffer);
        double beta = Beta, wd = WeightDecay, lr = learningRate;
        for (int i = 0; i < parameters.Length; i++)
        {
            double d = wd != 0 ? gradient[i] + wd * parameters[i] : gradient[i];
            double zi = z[i] = z[i] - lr * d;
            double xi = x[i] = (1 - c) * x[i] + c * zi;
            parameters[i] = (1 - beta) * zi + beta * xi;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) =>
        destination.Fill(learningRate);
}
