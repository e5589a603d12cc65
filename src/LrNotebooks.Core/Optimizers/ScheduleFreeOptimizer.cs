using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Schedule-free optimization (Defazio et al. 2024, "The Road Less Scheduled", NeurIPS, arXiv:2405.15682):
/// <see cref="ScheduleFreeSgd"/> and <see cref="ScheduleFreeAdamW"/>. Instead of decaying the rate, they keep
/// three sequences: <c>z</c>, a plain (SGD or Adam) sequence at a constant rate; <c>x</c>, a weighted average
/// of the <c>z</c>'s (the point to evaluate and to keep); and <c>y = (1 − β)·z + β·x</c>, where the gradient is
/// taken. The parameters handed to <see cref="Optimizer.Step"/> hold <c>y</c>; the state holds <c>z</c> and <c>x</c>;
/// <see cref="WriteEvaluationPoint"/> gives <c>x</c> (the reference implementation's <c>optimizer.eval()</c>).
/// </summary>
/// <remarks>
/// <para>The paper's Algorithm 1 (schedule-free AdamW; SGD is the same with <c>d = g + λ·y</c> in place of the Adam direction):</para>
/// <code>
/// input: x₁, learning rate γ, decay λ, warm-up T_warmup, β₁, β₂, ε
/// z₁ = x₁, v₀ = 0
/// for t = 1 … T:
///     y_t = (1 − β₁)·z_t + β₁·x_t
///     g_t = ∇f(y_t, ζ_t)
///     v_t = β₂·v_{t−1} + (1 − β₂)·g_t²
///     γ_t = γ·sqrt(1 − β₂^t)·min(1, t / T_warmup)
///     z_{t+1} = z_t − γ_t·g_t / (sqrt(v_t) + ε) − γ_t·λ·y_t
///     c_{t+1} = γ_t² / Σ_{i ≤ t} γ_i²
///     x_{t+1} = (1 − c_{t+1})·x_t + c_{t+1}·z_{t+1}
/// return x_T
/// </code>
/// <para>
/// Followed exactly as the reference implementation (facebookresearch/schedule_free, <c>SGDScheduleFree</c> and
/// <c>AdamWScheduleFree</c> with <c>r = 0</c>, <c>weight_lr_power = 2</c>) does it: the rate of step t is
/// <c>γ_t = schedule(t) · min(1, (t + 1)/warmupSteps)</c> for the 0-based step t; the Adam denominator is
/// <c>sqrt(v_t / (1 − β₂^t)) + ε</c> (the bias correction on <c>v</c>, not on γ); the averaging weight uses the largest
/// rate so far, <c>w_t = t^r · (max_{i ≤ t} γ_i)^p</c>, <c>c_{t+1} = w_t / Σ_{i ≤ t} w_i</c> (0 while the sum is 0). With a
/// warm-up and no decay the largest rate so far is the current one, so this is the paper's <c>γ_t² / Σ γ_i²</c>.
/// Weight decay is taken at <c>y</c>.
/// </para>
/// <para>
/// Consequences: <c>x</c> after k steps is the weighted mean <c>Σ w_i z_{i+1} / Σ w_i</c> of the <c>z</c>'s (the start drops
/// out); with a constant rate the plain mean. β = 0 gives <c>y = z</c>: plain SGD (or Adam without momentum) on
/// <c>z</c>, evaluated at its running average (Polyak–Ruppert averaging); β = 1 gives <c>y = x</c> (primal averaging).
/// The reference restricts β to (0, 1) because its <c>eval()</c> recovers <c>x</c> from <c>y</c> and <c>z</c> by
/// dividing by β; here <c>x</c> is stored, so the ends are allowed.
/// </para>
/// <para>
/// State: buffer <see cref="ZBuffer"/> = z, <see cref="XBuffer"/> = x (both set from the parameters at the first
/// step), scalars <see cref="WeightSumScalar"/> = Σ w_i, <see cref="MaxLearningRateScalar"/> = the largest rate so far,
/// <see cref="AveragingWeightScalar"/> = the last <c>c_{t+1}</c>.
/// </para>
/// </remarks>
public abstract record ScheduleFreeOptimizer : Optimizer
{
    /// <summary>The index of z (the base sequence) in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int ZBuffer = 0;

    /// <summary>The index of x (the weighted average of the z's; the evaluation point) in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int XBuffer = 1;

    /// <summary>The index of Σ wᵢ in <see cref="OptimizerState.Scalars"/>.</summary>
    public const int WeightSumScalar = 0;

    /// <summary>The index of the largest learning rate so far in <see cref="OptimizerState.Scalars"/>.</summary>
    public const int MaxLearningRateScalar = 1;

    /// <summary>The index of the averaging weight c of the last step in <see cref="OptimizerState.Scalars"/>.</summary>
    public const int AveragingWeightScalar = 2;

    private protected ScheduleFreeOptimizer(Schedule learningRate, double beta, string betaName, double weightDecay, int warmupSteps, double r, double weightLrPower)
        : base(Guard.AtLeast(warmupSteps, 0) > 0 ? new ScheduleFreeWarmup(learningRate ?? throw new ArgumentNullException(nameof(learningRate)), warmupSteps) : learningRate)
    {
        BaseLearningRate = learningRate!;
        WarmupSteps = warmupSteps;
        Beta = Guard.InRange(beta, 0, 1, name: betaName);
        WeightDecay = Guard.NonNegative(weightDecay);
        R = Guard.NonNegative(r);
        WeightLrPower = Guard.NonNegative(weightLrPower);
    }

    /// <summary>The learning rate as given, before the built-in warm-up (<see cref="Optimizer.LearningRate"/> includes it).</summary>
    public Schedule BaseLearningRate { get; }

    /// <summary>The built-in linear warm-up in steps (0 = none): step t uses <c>min(1, (t + 1)/WarmupSteps)</c> of the rate.</summary>
    public int WarmupSteps { get; }

    /// <summary>The interpolation β in [0, 1] of <c>y = (1 − β)·z + β·x</c> (the reference's <c>momentum</c> / <c>β₁</c>).</summary>
    public double Beta { get; }

    /// <summary>Weight decay λ &gt;= 0, taken at y: the z step adds <c>γ·λ·y</c>.</summary>
    public double WeightDecay { get; }

    /// <summary>The polynomial weighting power r &gt;= 0 of the average (<c>w_t ∝ t^r</c>; 0 in the paper's default).</summary>
    public double R { get; }

    /// <summary>The power p &gt;= 0 of the largest rate so far in the averaging weight (2 in the paper).</summary>
    public double WeightLrPower { get; }

    /// <inheritdoc />
    protected override int ScalarCount => 3;

    /// <summary>
    /// Writes the evaluation point x (the weighted average of the z's) into <paramref name="destination"/>. Before the
    /// first step it is the parameters themselves (x = y = z at the start). Evaluate validation loss and accuracy here,
    /// not at the training parameters y.
    /// </summary>
    /// <param name="state">This optimizer's state.</param>
    /// <param name="parameters">The parameters being trained (y), as passed to <see cref="Optimizer.Step"/>.</param>
    /// <param name="destination">Receives x; the same length as the parameters.</param>
    public void WriteEvaluationPoint(OptimizerState state, ReadOnlySpan<double> parameters, Span<double> destination)
    {
        CheckOwnState(state);
        Guard.SameLength(state.ParameterCount, parameters.Length, nameof(parameters));
        Guard.SameLength(state.ParameterCount, destination.Length, nameof(destination));
        (state.Step == 0 ? parameters : state.Buffer(XBuffer)).CopyTo(destination);
    }

    /// <summary>The evaluation point x as a new array (see <see cref="WriteEvaluationPoint"/>).</summary>
    public double[] EvaluationPoint(OptimizerState state, ReadOnlySpan<double> parameters)
    {
        var x = new double[parameters.Length];
        WriteEvaluationPoint(state, parameters, x);
        return x;
    }

    /// <summary>
    /// Starts the state at the first step (z = x = y) and returns this step's averaging weight
    /// <c>c = w_t / Σ w_i</c>, updating the running sums.
    /// </summary>
    private protected double BeginStep(ReadOnlySpan<double> parameters, OptimizerState state, double learningRate)
    {
        if (state.Step == 0)
        {
            parameters.CopyTo(state.Buffer(ZBuffer));
            parameters.CopyTo(state.Buffer(XBuffer));
        }
        var scalars = state.Scalars;
        double maxRate = scalars[MaxLearningRateScalar] = Math.Max(learningRate, scalars[MaxLearningRateScalar]);
        double weight = Math.Pow(state.Step + 1, R) * Math.Pow(maxRate, WeightLrPower);
        double sum = scalars[WeightSumScalar] += weight;
        double c = sum == 0 ? 0 : weight / sum;
        scalars[AveragingWeightScalar] = c;
        return c;
    }

    /// <summary>The label: name, base rate, the options that differ from the reference's defaults.</summary>
    private protected OptimizerLabel Label(string algorithm, double defaultBeta) =>
        OptimizerLabel.Start(algorithm, BaseLearningRate)
            .With(algorithm.Contains("Adam", StringComparison.Ordinal) ? "beta1" : "momentum", Beta, defaultBeta)
            .With("weight_decay", WeightDecay, 0).With("warmup", WarmupSteps, 0).With("r", R, 0).With("weight_lr_power", WeightLrPower, 2);

    private void CheckOwnState(OptimizerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!ReferenceEquals(state.Owner, this) && state.Owner != this)
            throw new ArgumentException($"state was created by {state.Owner.Name}, not by {Name}; create it with this optimizer's CreateState.", nameof(state));
    }
}
