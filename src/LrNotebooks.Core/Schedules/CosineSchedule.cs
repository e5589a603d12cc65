namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Cosine annealing from <c>lr</c> down to <c>minLr</c> over <c>tMax</c> steps:
/// <c>lr(t) = minLr + (lr − minLr) · (1 + cos(π t / tMax)) / 2</c>.
/// </summary>
/// <remarks>
/// <para>
/// This is the closed form of SGDR's annealing (Loshchilov &amp; Hutter 2017, "SGDR: Stochastic Gradient
/// Descent with Warm Restarts", ICLR) without the restart. It starts at <c>lr</c> (t = 0) and reaches
/// <c>minLr</c> exactly at <c>t = tMax</c>.
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.CosineAnnealingLR(T_max, eta_min)</c>. PyTorch 1.13 computes the
/// value recursively from the previous one, with a special case at <c>t = (2k+1)·T_max + 1</c>; its
/// docstring states the closed form above. Measured with PyTorch 1.13 in float64 over 1000 steps
/// (T_max = 7, 10, 100; eta_min = 0, 0.1, 0.25): the recursion equals this closed form for every
/// <c>t</c>, including after <c>T_max</c>, to at most 2.6e-13 relative. So after <c>tMax</c> both
/// keep following the cosine periodically: the rate rises back to <c>lr</c> at <c>t = 2·tMax</c>, falls to
/// <c>minLr</c> at <c>3·tMax</c>, and so on (period <c>2·tMax</c>). For one decay that then holds the
/// minimum, stop training at <c>tMax</c> or compose with <see cref="Schedule.Sequence"/>; for restarts
/// that jump back up, use <see cref="CosineWarmRestartsSchedule"/>.
/// </para>
/// <para>
/// Keras <c>CosineDecay(lr, decay_steps, alpha)</c> and Optax <c>cosine_decay_schedule(lr, decay_steps, alpha)</c>
/// equal this with <c>tMax = decay_steps</c>, <c>minLr = alpha · lr</c> for <c>t &lt;= tMax</c>, but hold
/// <c>alpha · lr</c> afterwards.
/// </para>
/// </remarks>
public sealed record CosineSchedule : Schedule
{
    /// <summary>Creates a cosine annealing schedule; prefer <see cref="Schedule.Cosine"/>.</summary>
    /// <param name="lr">The initial (maximum) learning rate, finite and &gt;= 0.</param>
    /// <param name="tMax">The number of steps from <paramref name="lr"/> to <paramref name="minLr"/>, &gt;= 1.</param>
    /// <param name="minLr">The minimum learning rate, in [0, <paramref name="lr"/>].</param>
    public CosineSchedule(double lr, int tMax, double minLr = 0)
    {
        LearningRate = Guard.NonNegative(lr);
        TMax = Guard.AtLeast(tMax, 1);
        MinLearningRate = Guard.InRange(minLr, 0, lr);
    }

    /// <summary>The learning rate at step 0 (<c>eta_max</c>).</summary>
    public double LearningRate { get; }

    /// <summary>The half-period in steps (<c>T_max</c>).</summary>
    public int TMax { get; }

    /// <summary>The learning rate at <c>t = TMax</c> (<c>eta_min</c>).</summary>
    public double MinLearningRate { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        // Same operation order as PyTorch's _get_closed_form_lr.
        return MinLearningRate + (LearningRate - MinLearningRate) * (1 + Math.Cos(Math.PI * step / TMax)) / 2;
    }

    /// <inheritdoc />
    public override string Name =>
        $"cosine(lr={ScheduleText.Short(LearningRate)}, T_max={TMax}{(MinLearningRate > 0 ? $", min_lr={ScheduleText.Short(MinLearningRate)}" : "")})";
}
