namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Warmup-stable-decay (WSD, "trapezoidal"): a linear warm-up, a long constant phase at <c>lr</c>, then a
/// cool-down of <c>c</c> steps that ends at <c>minLr</c> at the budget <c>T</c>:
/// <code>
/// lr(t) = lr · (s + (1 − s) · t / w)                 for t &lt; w            (warm-up)
///       = lr                                          for w &lt;= t &lt; T − c   (stable)
///       = minLr + (lr − minLr) · f((t − (T − c)) / c)  for T − c &lt;= t &lt; T   (cool-down)
///       = minLr                                       for t &gt;= T
/// </code>
/// with <c>f(u) = 1 − u</c> (linear), <c>1 − √u</c> or <c>(1 + cos πu)/2</c> (see <see cref="CooldownShape"/>).
/// </summary>
/// <remarks>
/// <para>
/// Papers: Hu et al. 2024, "MiniCPM: Unveiling the Potential of Small Language Models with Scalable Training
/// Strategies" (arXiv:2404.06395), who name it and decay in about 10% of the steps; Hägele et al. 2024, "Scaling Laws
/// and Compute-Optimal Training Beyond Fixed Training Durations" (NeurIPS, arXiv:2405.18392), who show that a
/// cool-down of 10–20% of the budget matches cosine annealing to the same budget and that <c>1 − √u</c> beats a
/// linear cool-down.
/// </para>
/// <para>
/// Branching: up to <see cref="CooldownStart"/> the rate does not depend on <c>T</c> or <c>c</c>, so one run in
/// the stable phase can be saved at any step and cooled down from there (<see cref="Branch"/>): the budget need not
/// be known in advance. Two WSD schedules with the same <c>lr</c>, warm-up and start factor agree exactly on every
/// step before the earlier of their cool-down starts.
/// </para>
/// <para>
/// Like <see cref="CosineSchedule"/> with <c>tMax = T</c>, the rate reaches <c>minLr</c> at step <c>T</c>, so a run
/// of <c>T</c> steps takes its last step (<c>t = T − 1</c>) at a small positive rate; the two are compared at equal
/// budgets that way.
/// </para>
/// <para>
/// PyTorch 1.13 has no WSD scheduler; compose it as <c>SequentialLR([LinearLR(s, 1, w), ConstantLR(1, 1),
/// LinearLR(1, minLr/lr, c)], milestones=[w, T − c])</c> (linear), with <c>CosineAnnealingLR(c, minLr)</c> as the last
/// member (cosine) or <c>LambdaLR(lambda k: 1 − sqrt(k / c))</c> (1 − sqrt, for <c>minLr = 0</c>). Optax:
/// <c>join_schedules([linear_schedule(s·lr, lr, w), constant_schedule(lr), decay], [w, T − c])</c> with
/// <c>linear_schedule(lr, minLr, c)</c>, <c>cosine_decay_schedule(lr, c, minLr/lr)</c> or a function for 1 − sqrt.
/// Keras has no WSD schedule.
/// </para>
/// </remarks>
public sealed record WarmupStableDecaySchedule : Schedule
{
    /// <summary>Creates a warmup-stable-decay schedule; prefer <see cref="Schedule.WarmupStableDecay"/>.</summary>
    /// <param name="lr">The stable (peak) learning rate, finite and &gt;= 0.</param>
    /// <param name="totalSteps">The budget <c>T</c>: the step at which the cool-down reaches <paramref name="minLr"/>, &gt;= 1.</param>
    /// <param name="cooldownSteps">The length <c>c</c> of the cool-down, in [1, <paramref name="totalSteps"/> − <paramref name="warmupSteps"/>].</param>
    /// <param name="warmupSteps">The length <c>w</c> of the linear warm-up, &gt;= 0 (0 = none).</param>
    /// <param name="shape">The shape of the cool-down.</param>
    /// <param name="minLr">The rate at the end of the cool-down, in [0, <paramref name="lr"/>].</param>
    /// <param name="warmupStartFactor">The factor <c>s</c> of <paramref name="lr"/> at step 0 of the warm-up, in [0, 1].</param>
    public WarmupStableDecaySchedule(double lr, int totalSteps, int cooldownSteps, int warmupSteps = 0,
        CooldownShape shape = CooldownShape.OneMinusSqrt, double minLr = 0, double warmupStartFactor = 0)
    {
        LearningRate = Guard.NonNegative(lr);
        TotalSteps = Guard.AtLeast(totalSteps, 1);
        WarmupSteps = Guard.AtLeast(warmupSteps, 0);
        if (cooldownSteps < 1 || cooldownSteps > totalSteps - warmupSteps)
            throw new ArgumentOutOfRangeException(nameof(cooldownSteps), cooldownSteps,
                $"cooldownSteps must be an integer in [1, totalSteps − warmupSteps] = [1, {totalSteps - warmupSteps}], but was {cooldownSteps}.");
        CooldownSteps = cooldownSteps;
        Shape = Guard.Defined(shape);
        MinLearningRate = Guard.InRange(minLr, 0, lr);
        WarmupStartFactor = Guard.InRange(warmupStartFactor, 0, 1);
    }

    /// <summary>The stable (peak) learning rate.</summary>
    public double LearningRate { get; }

    /// <summary>The budget <c>T</c>: the rate is <see cref="MinLearningRate"/> from this step on.</summary>
    public int TotalSteps { get; }

    /// <summary>The length of the cool-down.</summary>
    public int CooldownSteps { get; }

    /// <summary>The length of the linear warm-up (0 = none).</summary>
    public int WarmupSteps { get; }

    /// <summary>The shape of the cool-down.</summary>
    public CooldownShape Shape { get; }

    /// <summary>The rate at the end of the cool-down.</summary>
    public double MinLearningRate { get; }

    /// <summary>The factor of the learning rate at step 0 of the warm-up.</summary>
    public double WarmupStartFactor { get; }

    /// <summary>The first step of the cool-down, <c>T − c</c>; before it the schedule does not depend on <c>T</c> or <c>c</c>.</summary>
    public int CooldownStart => TotalSteps - CooldownSteps;

    /// <summary>
    /// The same warm-up and stable rate with another budget and cool-down, e.g. a branch that cools down from a
    /// checkpoint of the stable phase. It agrees exactly with this schedule before the earlier cool-down start.
    /// </summary>
    /// <param name="totalSteps">The new budget, &gt;= 1.</param>
    /// <param name="cooldownSteps">The new cool-down length, in [1, <paramref name="totalSteps"/> − <see cref="WarmupSteps"/>].</param>
    public WarmupStableDecaySchedule Branch(int totalSteps, int cooldownSteps) =>
        new(LearningRate, totalSteps, cooldownSteps, WarmupSteps, Shape, MinLearningRate, WarmupStartFactor);

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        if (step < WarmupSteps)
            return LearningRate * (WarmupStartFactor + (1 - WarmupStartFactor) * step / WarmupSteps);
        if (step < CooldownStart) return LearningRate;
        if (step >= TotalSteps) return MinLearningRate;
        double u = (double)(step - CooldownStart) / CooldownSteps;
        double factor = Shape switch
        {
            CooldownShape.Linear => 1 - u,
            CooldownShape.OneMinusSqrt => 1 - Math.Sqrt(u),
            _ => (1 + Math.Cos(Math.PI * u)) / 2,
        };
        return MinLearningRate + (LearningRate - MinLearningRate) * factor;
    }

    /// <inheritdoc />
    public override string Name
    {
        get
        {
            string shape = Shape switch { CooldownShape.Linear => "linear", CooldownShape.OneMinusSqrt => "1-sqrt", _ => "cosine" };
            string warmup = WarmupSteps > 0 ? $", warmup={WarmupSteps}" : "";
            string min = MinLearningRate > 0 ? $", min_lr={ScheduleText.Short(MinLearningRate)}" : "";
            return $"wsd(lr={ScheduleText.Short(LearningRate)}, T={TotalSteps}, cooldown={CooldownSteps} {shape}{warmup}{min})";
        }
    }
}
